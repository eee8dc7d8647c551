package org.tiepdan.platform;

/**
 * A module's part of the demo data set. With the demo profile, every contributor runs once, in
 * {@link #order()}, on the first start of an empty database (organisation units first, then
 * accounts, then records). Each runs in its own transaction.
 */
public interface DemoDataContributor {

    /** Lower runs first: 100 units, 200 accounts, 300 and up for records. */
    int order();

    void contribute();
}
