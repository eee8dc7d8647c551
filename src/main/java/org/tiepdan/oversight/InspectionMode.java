package org.tiepdan.oversight;

/** Theo chương trình, kế hoạch (PLANNED) or đột xuất (AD_HOC). */
public enum InspectionMode { PLANNED, AD_HOC }
