package io.tagwright.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Starting DJL and running ops must not try to reach the network. Checked in a fresh JVM (DJL's
 * engine initialises once per JVM) whose environment has no OPT_OUT_TRACKING and no DJL properties:
 * only {@link Offline#enforce()} keeps it quiet. A control run without it shows that the recorder does
 * see DJL's attempts, so the check can fail.
 */
class OfflineTest {

    private static String run(String mode) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                NetworkProbe.class.getName(), mode));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("OPT_OUT_TRACKING");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe finished");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        assertTrue(text.contains("RAN engine=PyTorch ops=fused"), text);
        return text;
    }

    @Test
    void enforcedOfflineMakesNoConnectionAttempt() throws Exception {
        String text = run("offline");
        assertTrue(text.contains("ATTEMPTS 0"), text);
    }

    @Test
    void controlRunWithoutEnforcementIsDetected() throws Exception {
        String text = run("control");
        assertTrue(text.contains("169.254.169.254") && !text.contains("ATTEMPTS 0"),
                "the recorder should see DJL's call home when offline mode is not set:\n" + text);
    }

    @Test
    void enforceSetsBothProperties() {
        Offline.enforce();
        assertTrue(Offline.isEnforced());
    }
}
