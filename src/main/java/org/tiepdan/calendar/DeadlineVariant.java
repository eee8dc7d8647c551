package org.tiepdan.calendar;

/**
 * Which figure of a rule applies: the law gives longer limits for complex cases and remote areas, and
 * a longer check of a denunciation where it must be verified in several places (Luật Tố cáo 2018 Art. 24).
 */
public enum DeadlineVariant { NORMAL, COMPLEX, REMOTE_AREA, REMOTE_AREA_COMPLEX, SEVERAL_PLACES }
