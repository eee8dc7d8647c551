package org.tiepdan.plan;

import java.util.List;

/** Work plans for other modules: offer a unit's open tasks, link a record to the task it fulfils. */
public interface WorkPlans {

    /** A task not yet done or cancelled, of an issued plan. */
    record OpenTask(long taskId, long planId, String planTitle, String taskTitle) {
    }

    /** Open tasks of the issued plans of the unit (not its subtree) for the year. */
    List<OpenTask> openTasks(long unitId, int year);

    /** Links a record to a task (again: nothing changes). Audited. */
    void link(long taskId, PlanLinkKind kind, long refId, String label);
}
