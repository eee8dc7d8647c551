package org.tiepdan.oversight;

/** Hội nghị (CONFERENCE), tập huấn (TRAINING), tuyên truyền, phổ biến (DISSEMINATION). */
public enum OutreachKind { CONFERENCE, TRAINING, DISSEMINATION }
