package org.craftrank.scoring.autoassign;

import com.google.ortools.Loader;

/** Loads the OR-Tools native library once per JVM, on first use. */
final class OrTools {

    private static volatile boolean loaded;

    private OrTools() {
    }

    static void load() {
        if (!loaded) {
            synchronized (OrTools.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
