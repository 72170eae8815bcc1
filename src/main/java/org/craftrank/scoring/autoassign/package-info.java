/**
 * Automatic expert assignment (自动分配评审专家), solved exactly as a min-cost flow: plain Java and OR-Tools, no
 * framework. The caller states who may not review whom (conflicts, computed with the conflict rules) and which
 * pairs already exist; {@link org.craftrank.scoring.autoassign.AutoAssigner} returns either a plan or the
 * bottleneck that makes the request impossible, in words.
 */
package org.craftrank.scoring.autoassign;
