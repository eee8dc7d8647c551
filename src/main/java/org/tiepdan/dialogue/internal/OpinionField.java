package org.tiepdan.dialogue.internal;

/** Subject area (lĩnh vực) of a point, as for petitions. Labels: {@code dialogue.field.*}. */
public enum OpinionField { LAND, SOCIAL_POLICY, ADMINISTRATION, JUSTICE, PARTY, ENVIRONMENT, CONSTRUCTION, OTHER }
