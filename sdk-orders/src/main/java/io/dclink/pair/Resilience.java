package io.dclink.pair;

/** The kind of redundancy a pair of lines gives. */
public enum Resilience {

    /** Two lines at two access points of one city: the pair survives the loss of a site or a device. */
    TWO_ACCESS_POINTS(2),

    /** Two lines at one access point, on two access devices: the pair survives the loss of a device, not of the site. */
    ONE_ACCESS_POINT_TWO_DEVICES(1);

    private final int accessPoints;

    Resilience(int accessPoints) {
        this.accessPoints = accessPoints;
    }

    /** {@return how many access points the pair uses} */
    public int accessPoints() {
        return accessPoints;
    }
}
