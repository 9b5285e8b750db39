package io.tagwright.trainer.protocol.event;

/** Where a trainer sends its events. Implementations are thread-safe; emitting never throws for I/O trouble. */
public interface EventSink extends AutoCloseable {

    void emit(TrainerEvent event);

    @Override
    void close();

    /** A sink that drops everything ({@code --events none}). */
    EventSink NONE = new EventSink() {
        @Override
        public void emit(TrainerEvent event) {
        }

        @Override
        public void close() {
        }
    };
}
