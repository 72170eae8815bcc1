#!/usr/bin/env python3
"""Hot spots of a JFR recording, from `jfr print --events jdk.ExecutionSample`:
   bench/jfr-top.py recording.jfr [thread-prefix] [top-n] [only-stacks-containing]
Prints, for the samples of threads whose name starts with thread-prefix (default: all):
  - self time: the top frame of each sample;
  - inclusive time: every method on the stack, counted once per sample (what a call costs with its callees);
  - our code: the first org.craftrank frame from the top (where our code spends, callees included).
Used to write the profiles in BENCHMARKS.md."""
import collections, re, subprocess, sys

path = sys.argv[1]
prefix = sys.argv[2] if len(sys.argv) > 2 else ""
top = int(sys.argv[3]) if len(sys.argv) > 3 else 25
within = sys.argv[4] if len(sys.argv) > 4 else ""
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", path],
                      capture_output=True, text=True, check=True).stdout
self_counts, incl, ours = collections.Counter(), collections.Counter(), collections.Counter()
samples = 0
for event in text.split("jdk.ExecutionSample {")[1:]:
    m = re.search(r'sampledThread = "([^"]*)"', event)
    if not m or not m.group(1).startswith(prefix):
        continue
    frames = [re.sub(r"\s+line:.*", "", l.strip()) for l in event.split("stackTrace = [", 1)[-1].splitlines()[1:]
              if l.strip() and not l.strip().startswith(("]", "}", "..."))]
    if not frames or (within and not any(within in f for f in frames)):
        continue
    samples += 1
    self_counts[frames[0]] += 1
    for f in set(frames):
        incl[f] += 1
    first_ours = next((f for f in frames if f.startswith("org.craftrank")), "(no org.craftrank frame)")
    ours[first_ours] += 1
print(f"{samples} samples" + (f" of threads '{prefix}*'" if prefix else "") + (f" within {within}" if within else ""))
for title, counter in (("self", self_counts), ("inclusive", incl), ("first org.craftrank frame", ours)):
    print(f"\n-- {title}")
    for name, n in counter.most_common(top):
        print(f"{100.0 * n / max(samples, 1):5.1f}%  {name}")
