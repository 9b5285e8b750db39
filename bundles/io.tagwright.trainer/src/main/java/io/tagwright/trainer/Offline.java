package io.tagwright.trainer;

/**
 * Keeps DJL off the network.
 *
 * <p>DJL's engine initialisation phones home (the EC2 metadata address and a telemetry URL) and may
 * try to download native libraries unless {@code ai.djl.offline} and {@code OPT_OUT_TRACKING} are set
 * before the first DJL class initialises. Every {@code main} of the trainer calls {@link #enforce()}
 * as its first statement; test JVMs get the same properties from surefire.
 */
public final class Offline {

    private Offline() {
    }

    /** Sets the offline and opt-out properties. Idempotent; must run before any DJL class loads. */
    public static void enforce() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    /** True when both properties are set as {@link #enforce()} sets them. */
    public static boolean isEnforced() {
        return "true".equals(System.getProperty("ai.djl.offline"))
                && "true".equals(System.getProperty("OPT_OUT_TRACKING"));
    }
}
