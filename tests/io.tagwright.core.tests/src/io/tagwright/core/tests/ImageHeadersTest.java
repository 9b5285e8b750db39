package io.tagwright.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tagwright.core.image.ImageFacts;
import io.tagwright.core.image.ImageHeaderException;
import io.tagwright.core.image.ImageHeaders;
import io.tagwright.model.ImageFormat;
import io.tagwright.core.image.TinyImages;

class ImageHeadersTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryFormatFromItsHeader() throws IOException {
        assertEquals(new ImageFacts(ImageFormat.PNG, 768, 1024), read("a.png", TinyImages.png(768, 1024)));
        assertEquals(new ImageFacts(ImageFormat.JPEG, 640, 480), read("b.JPG", imageIo("jpeg", 640, 480)));
        assertEquals(new ImageFacts(ImageFormat.BMP, 33, 17), read("c.bmp", imageIo("bmp", 33, 17)));
        assertEquals(new ImageFacts(ImageFormat.WEBP, 1000, 1500), read("d.webp", TinyImages.webpLossless(1000, 1500)));
        assertEquals(new ImageFacts(ImageFormat.WEBP, 4000, 3000), read("e.webp", TinyImages.webpExtended(4000, 3000)));
        assertEquals(new ImageFacts(ImageFormat.WEBP, 832, 1216), read("f.webp", TinyImages.webpLossy(832, 1216)));
    }

    @Test
    void jpegWithLargeMetadataBeforeTheFrame() throws IOException {
        byte[] jpeg = imageIo("jpeg", 320, 200);
        byte[] app = new byte[4 + 60000];
        app[0] = (byte) 0xFF;
        app[1] = (byte) 0xE1;
        app[2] = (byte) ((60002 >> 8) & 0xFF);
        app[3] = (byte) (60002 & 0xFF);
        byte[] withExif = new byte[jpeg.length + app.length];
        System.arraycopy(jpeg, 0, withExif, 0, 2);
        System.arraycopy(app, 0, withExif, 2, app.length);
        System.arraycopy(jpeg, 2, withExif, 2 + app.length, jpeg.length - 2);
        assertEquals(new ImageFacts(ImageFormat.JPEG, 320, 200), read("exif.jpeg", withExif));
    }

    @Test
    void theContentDecidesTheFormat() throws IOException {
        assertEquals(ImageFormat.JPEG, read("actually-jpeg.png", imageIo("jpeg", 8, 8)).format());
    }

    @Test
    void brokenFilesGiveAClearErrorNamingTheFile() throws IOException {
        assertError("empty.png", new byte[0], "empty file");
        assertError("text.png", "hello, this is not an image".getBytes(), "not a PNG, JPEG, WebP or BMP");
        byte[] png = TinyImages.png(10, 10);
        byte[] cut = new byte[20];
        System.arraycopy(png, 0, cut, 0, 20);
        assertError("cut.png", cut, "truncated");
        byte[] noFrame = new byte[22];
        noFrame[0] = (byte) 0xFF;
        noFrame[1] = (byte) 0xD8;
        noFrame[2] = (byte) 0xFF;
        noFrame[3] = (byte) 0xE0;
        noFrame[5] = 16;
        noFrame[20] = (byte) 0xFF;
        noFrame[21] = (byte) 0xD9;
        assertError("noframe.jpg", noFrame, "JPEG without a frame header");
        byte[] zero = TinyImages.png(1, 1);
        zero[16] = zero[17] = zero[18] = zero[19] = 0;
        assertError("zero.png", zero, "impossible size");
    }

    private void assertError(String name, byte[] content, String expected) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        ImageHeaderException e = assertThrows(ImageHeaderException.class, () -> ImageHeaders.read(f));
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private ImageFacts read(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        assertTrue(ImageHeaders.isImageName(name));
        return ImageHeaders.read(f);
    }

    static byte[] imageIo(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }
}
