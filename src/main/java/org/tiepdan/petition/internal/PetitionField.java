package org.tiepdan.petition.internal;

/** Subject area (lĩnh vực). Labels: {@code petition.field.*}. */
public enum PetitionField { LAND, SOCIAL_POLICY, ADMINISTRATION, JUSTICE, PARTY, ENVIRONMENT, CONSTRUCTION, OTHER }
