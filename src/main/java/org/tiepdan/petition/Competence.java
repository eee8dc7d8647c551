package org.tiepdan.petition;

/** Whose matter it is: the body resolves it, a Party head directs it, or another body is competent. */
public enum Competence { RESOLVE, DIRECT, NONE }
