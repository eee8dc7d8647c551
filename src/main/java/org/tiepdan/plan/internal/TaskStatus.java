package org.tiepdan.plan.internal;

/** Progress of a plan task. Labels: {@code plan.task.status.<NAME>}. DONE and CANCELLED are final. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CANCELLED;

    boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
