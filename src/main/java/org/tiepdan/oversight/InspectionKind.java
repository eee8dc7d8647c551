package org.tiepdan.oversight;

/** Kiểm tra (CHECK) or giám sát (SUPERVISION). */
public enum InspectionKind { CHECK, SUPERVISION }
