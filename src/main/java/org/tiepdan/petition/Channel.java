package org.tiepdan.petition;

/** Where a petition came from (nguồn đơn). Labels: {@code petition.channel.*}. */
public enum Channel { IN_PERSON, POST, TRANSFERRED, ONLINE, DIALOGUE, HOTLINE, EMAIL }
