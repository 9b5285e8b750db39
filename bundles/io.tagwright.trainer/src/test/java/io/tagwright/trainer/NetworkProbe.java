package io.tagwright.trainer;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.tagwright.trainer.nn.Ops;
import io.tagwright.trainer.nn.OpsBackend;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Child-JVM program for {@link OfflineTest}: records every connection the JVM tries to open, then
 * starts DJL and runs ops. Recorded are: every http/https/ftp URL opened through {@code java.net.URL}
 * (DJL's own calls pass {@code Proxy.NO_PROXY}, so only a URL handler sees them; the handler refuses
 * the connection), every URI handed to the default {@link ProxySelector} (plain sockets and
 * {@code HttpClient}), and every connection reaching the local trap the selector points at. Argument {@code offline} calls {@link Offline#enforce()} first,
 * as every trainer main does; {@code control} does not, to prove the recorder sees DJL's calls.
 */
public final class NetworkProbe {

    private NetworkProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean offline = args.length > 0 && args[0].equals("offline");
        if (offline) {
            Offline.enforce();
        }
        List<String> attempts = new CopyOnWriteArrayList<>();
        ServerSocket trap = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!trap.isClosed()) {
                try (Socket s = trap.accept()) {
                    attempts.add("trap connection from " + s.getRemoteSocketAddress());
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        Proxy toTrap = new Proxy(Proxy.Type.HTTP, new InetSocketAddress(trap.getInetAddress(), trap.getLocalPort()));
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri.toString());
                return List.of(toTrap);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                attempts.add("failed " + uri);
            }
        });

        URL.setURLStreamHandlerFactory(protocol -> switch (protocol) {
            case "http", "https", "ftp" -> new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL u) throws IOException {
                    attempts.add(u.toString());
                    throw new IOException("network blocked by NetworkProbe: " + u);
                }

                @Override
                protected URLConnection openConnection(URL u, Proxy p) throws IOException {
                    return openConnection(u);
                }
            };
            default -> null;
        });

        Engine engine = Engine.getEngine("PyTorch");
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.randomNormal(new Shape(8, 8));
            float s = a.matMul(a.transpose()).sum().getFloat();
            Ops ops = OpsBackend.FUSED.create(m);
            NDArray q = m.randomNormal(new Shape(1, 2, 4, 8));
            ops.attention(q, q, q, false).sum().getFloat();
            System.out.println("RAN engine=" + engine.getEngineName() + " ops=" + ops.name() + " sum=" + s);
        }
        Thread.sleep(1500);
        trap.close();
        for (String x : attempts) {
            System.out.println("ATTEMPT " + x);
        }
        System.out.println("ATTEMPTS " + attempts.size());
    }
}
