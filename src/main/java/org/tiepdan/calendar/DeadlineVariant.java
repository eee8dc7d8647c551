package org.tiepdan.calendar;

/** Which figure of a rule applies: the law gives longer limits for complex cases and remote areas. */
public enum DeadlineVariant { NORMAL, COMPLEX, REMOTE_AREA, REMOTE_AREA_COMPLEX }
