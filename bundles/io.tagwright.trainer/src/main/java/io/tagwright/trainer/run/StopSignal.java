package io.tagwright.trainer.run;

import java.util.concurrent.atomic.AtomicReference;

/** Set when the IDE sends {@code stop}, the event socket drops, or the user presses Ctrl-C. */
public final class StopSignal {
    private final AtomicReference<String> reason = new AtomicReference<>();

    public void request(String why) {
        reason.compareAndSet(null, why);
    }

    public boolean isRequested() {
        return reason.get() != null;
    }

    /** Why the stop was requested, or null. */
    public String reason() {
        return reason.get();
    }
}
