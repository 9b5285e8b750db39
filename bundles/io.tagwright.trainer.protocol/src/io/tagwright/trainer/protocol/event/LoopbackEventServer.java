package io.tagwright.trainer.protocol.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The IDE's end of the loopback socket: listens on 127.0.0.1 on a free port, which the launch
 * passes as {@code --events tcp://127.0.0.1:PORT}; then accepts the trainer's connection, reads its
 * events and sends commands.
 */
public final class LoopbackEventServer implements AutoCloseable {
    private final ServerSocket server;
    private Socket socket;
    private BufferedReader in;
    private Writer out;

    public LoopbackEventServer() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The value for the trainer's {@code --events} option. */
    public String endpoint() {
        return "tcp://127.0.0.1:" + port();
    }

    /** Waits up to {@code timeoutMillis} for the trainer to connect; false on timeout. */
    public boolean accept(int timeoutMillis) throws IOException {
        server.setSoTimeout(timeoutMillis);
        try {
            socket = server.accept();
        } catch (SocketTimeoutException e) {
            return false;
        }
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        return true;
    }

    /**
     * The next event, blocking; {@code null} at the end of the stream. Unknown record types are
     * skipped; a malformed line throws {@link ProtocolException}.
     */
    public TrainerEvent next() throws IOException {
        for (String line; (line = in.readLine()) != null;) {
            if (line.isBlank()) {
                continue;
            }
            Optional<TrainerEvent> e = EventCodec.decodeEvent(line);
            if (e.isPresent()) {
                return e.get();
            }
        }
        return null;
    }

    public synchronized void send(TrainerCommand command) throws IOException {
        out.write(EventCodec.encode(command) + "\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            if (socket != null) {
                socket.close();
            }
        } finally {
            server.close();
        }
    }
}
