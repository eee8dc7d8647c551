package org.tiepdan.org;

/**
 * Administrative tier, highest first. The district tier was abolished on 1 July 2025 but stays in
 * history. Labels are in messages_vi.properties under {@code org.tier.}.
 */
public enum AdminTier {
    PROVINCE, DISTRICT, COMMUNE;

    /** True when this tier is strictly above the other one (a province is above a commune). */
    public boolean isAbove(AdminTier other) {
        return ordinal() < other.ordinal();
    }
}
