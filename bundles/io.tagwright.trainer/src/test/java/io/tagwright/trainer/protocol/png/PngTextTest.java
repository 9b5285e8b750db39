package io.tagwright.trainer.protocol.png;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

class PngTextTest {

    static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xFF8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void a1111ParametersFormat() {
        String p = A1111Parameters.format("1girl, ohwx", "lowres, bad hands", 35, "euler_a", 7.5, 42, 512, 768,
                Map.of("Lora hashes", "ohwx: 8be809567b18"));
        assertEquals("1girl, ohwx\nNegative prompt: lowres, bad hands\n"
                + "Steps: 35, Sampler: Euler a, CFG scale: 7.5, Seed: 42, Size: 512x768, Lora hashes: \"ohwx: 8be809567b18\"", p);
        assertEquals("cat\nSteps: 30, Sampler: DDIM, CFG scale: 7, Seed: 1, Size: 512x512",
                A1111Parameters.format("cat", null, 30, "ddim", 7.0, 1, 512, 512, Map.of()));
    }

    @Test
    void textChunksAreValidAndReadable() throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("parameters", "a cat\nSteps: 30, Sampler: DDIM, CFG scale: 7.5, Seed: 1, Size: 512x512");
        texts.put("comment", "日本語 ✓");
        byte[] withText = PngText.addText(png(), texts);
        assertEquals(texts, PngText.readText(withText));
        // ImageIO still decodes the image and sees the chunks (an independent reader checks the CRCs)
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(withText));
        assertEquals(0xFF8800, back.getRGB(1, 1) & 0xFFFFFF);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(withText))) {
            ImageReader r = ImageIO.getImageReadersByFormatName("png").next();
            r.setInput(in);
            IIOMetadata md = r.getImageMetadata(0);
            Node root = md.getAsTree("javax_imageio_png_1.0");
            StringBuilder seen = new StringBuilder();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                for (Node e = n.getFirstChild(); e != null; e = e.getNextSibling()) {
                    if (e.getAttributes() != null && e.getAttributes().getNamedItem("keyword") != null) {
                        seen.append(n.getNodeName()).append(':').append(e.getAttributes().getNamedItem("keyword").getNodeValue())
                                .append('=').append(e.getAttributes().getNamedItem(n.getNodeName().equals("tEXt") ? "value" : "text")
                                        .getNodeValue()).append('|');
                    }
                }
            }
            assertTrue(seen.toString().contains("tEXt:parameters=a cat\nSteps: 30"), seen.toString());
            assertTrue(seen.toString().contains("iTXt:comment=日本語 ✓"), seen.toString());
        }
    }

    @Test
    void badInputIsRejected() throws IOException {
        assertThrows(IOException.class, () -> PngText.addText(new byte[40], Map.of("a", "b")));
        assertThrows(IllegalArgumentException.class, () -> PngText.addText(png(), Map.of("", "b")));
        byte[] p = PngText.addText(png(), Map.of("k", "v"));
        p[40] ^= 0x55;
        assertThrows(IOException.class, () -> PngText.readText(p));
    }
}
