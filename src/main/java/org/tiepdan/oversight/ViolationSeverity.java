package org.tiepdan.oversight;

/** "Đến mức bị xử lý kỷ luật" (TO_DISCIPLINE) or "chưa đến mức" (NOT_TO_DISCIPLINE). */
public enum ViolationSeverity { TO_DISCIPLINE, NOT_TO_DISCIPLINE }
