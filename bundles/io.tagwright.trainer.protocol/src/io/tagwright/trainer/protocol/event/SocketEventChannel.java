package io.tagwright.trainer.protocol.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The trainer's end of the loopback socket: connects to the port the IDE listens on, writes events
 * as JSON lines and hands the command lines the IDE sends back to a listener (on a daemon thread).
 * If the IDE goes away, events are dropped and the listener gets a {@link TrainerCommand.Stop}
 * so that the run ends cleanly instead of training on unobserved.
 */
public final class SocketEventChannel implements EventSink {
    private final Socket socket;
    private final Writer out;
    private volatile boolean broken;
    private volatile boolean closing;

    private SocketEventChannel(Socket socket) throws IOException {
        this.socket = socket;
        this.out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
    }

    /** Connects to {@code endpoint} (kind TCP) within {@code timeoutMillis}. */
    public static SocketEventChannel connect(EventEndpoint endpoint, int timeoutMillis, Consumer<TrainerCommand> commands)
            throws IOException {
        if (endpoint.kind() != EventEndpoint.Kind.TCP) {
            throw new IllegalArgumentException("not a tcp endpoint: " + endpoint);
        }
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(endpoint.address(), endpoint.port()), timeoutMillis);
            s.setTcpNoDelay(true);
        } catch (IOException e) {
            s.close();
            throw new IOException("cannot connect the event channel to " + endpoint.host() + ":" + endpoint.port()
                    + ": " + e.getMessage(), e);
        }
        SocketEventChannel ch = new SocketEventChannel(s);
        Thread reader = new Thread(() -> ch.readCommands(commands), "tagwright-event-commands");
        reader.setDaemon(true);
        reader.start();
        return ch;
    }

    /** Reads command lines until the stream ends; unparsable lines are skipped. The end of the stream counts as Stop. */
    public static void readCommandLines(InputStream in, Consumer<TrainerCommand> commands) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                line = line.strip();
                if (line.startsWith(EventCodec.LINE_PREFIX.strip())) {
                    line = line.substring(EventCodec.LINE_PREFIX.strip().length()).strip();
                }
                if (!line.startsWith("{")) {
                    continue;
                }
                try {
                    commands.accept(EventCodec.decodeCommand(line));
                } catch (ProtocolException e) {
                    // a garbled command must not take the run down
                }
            }
        } catch (IOException e) {
            // the peer went away: treated like end of stream below
        }
    }

    private void readCommands(Consumer<TrainerCommand> commands) {
        try {
            readCommandLines(socket.getInputStream(), commands);
        } catch (IOException e) {
            // fall through
        }
        if (!closing) {
            commands.accept(new TrainerCommand.Stop());
        }
    }

    @Override
    public void emit(TrainerEvent event) {
        if (broken) {
            return;
        }
        String line = EventCodec.encode(event) + "\n";
        synchronized (out) {
            try {
                out.write(line);
                out.flush();
            } catch (IOException e) {
                broken = true;
            }
        }
    }

    public boolean isBroken() {
        return broken;
    }

    @Override
    public void close() {
        closing = true;
        synchronized (out) {
            try {
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // already gone
            }
            try {
                socket.close();
            } catch (IOException e) {
                // nothing left to do
            }
        }
    }
}
