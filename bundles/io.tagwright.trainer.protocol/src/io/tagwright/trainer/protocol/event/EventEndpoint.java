package io.tagwright.trainer.protocol.event;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The value of the trainer's {@code --events} option: {@code stdout} (the default), {@code stderr},
 * {@code none}, or {@code tcp://127.0.0.1:PORT} (also {@code localhost} and {@code [::1]}). Only
 * loopback addresses are accepted: the trainer never opens a connection off the machine.
 */
public record EventEndpoint(Kind kind, int port, String host) {

    public enum Kind {
        STDOUT, STDERR, NONE, TCP
    }

    public static EventEndpoint parse(String spec) {
        String s = spec.strip();
        switch (s.toLowerCase(Locale.ROOT)) {
            case "stdout", "-":
                return new EventEndpoint(Kind.STDOUT, -1, null);
            case "stderr":
                return new EventEndpoint(Kind.STDERR, -1, null);
            case "none", "off":
                return new EventEndpoint(Kind.NONE, -1, null);
            default:
                break;
        }
        if (!s.toLowerCase(Locale.ROOT).startsWith("tcp://")) {
            throw new IllegalArgumentException("--events must be stdout, stderr, none or tcp://127.0.0.1:PORT, not \"" + spec + "\"");
        }
        String rest = s.substring(6);
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        int colon = rest.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--events " + spec + ": missing :PORT");
        }
        String host = rest.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(rest.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--events " + spec + ": port is not a number");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--events " + spec + ": port must be 1..65535");
        }
        if (!isLoopbackLiteral(host)) {
            throw new IllegalArgumentException("--events " + spec + ": only loopback hosts (127.0.0.1, localhost, [::1]) are allowed");
        }
        return new EventEndpoint(Kind.TCP, port, host);
    }

    /** The loopback address to connect to; never resolves a name through DNS. */
    public InetAddress address() {
        try {
            return host.contains(":") ? InetAddress.getByName("::1")
                    : InetAddress.getByAddress("localhost", parseIpv4(host.equalsIgnoreCase("localhost") ? "127.0.0.1" : host));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isLoopbackLiteral(String host) {
        if (host.equalsIgnoreCase("localhost") || host.equals("::1")) {
            return true;
        }
        byte[] ip = parseIpv4(host);
        return ip != null && ip[0] == 127;
    }

    private static byte[] parseIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}")) {
                return null;
            }
            int v = Integer.parseInt(parts[i]);
            if (v > 255) {
                return null;
            }
            b[i] = (byte) v;
        }
        return b;
    }
}
