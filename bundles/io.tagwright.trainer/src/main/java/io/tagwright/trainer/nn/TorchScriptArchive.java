package io.tagwright.trainer.nn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a TorchScript archive by hand: a zip with {@code code/__torch__.py} (the module source),
 * {@code data.pkl} (the module object: an instance of {@code __torch__.<class>} whose only state is
 * {@code training}), an empty {@code constants.pkl} and {@code version}. This lets Java reach ATen ops
 * that DJL's JNI does not expose, without Python and without shipping a binary model file.
 *
 * <p>The pickles are built opcode by opcode (protocol 2) and contain nothing but the module's class
 * and its {@code training} flag; libtorch's own loader reads them.
 */
final class TorchScriptArchive {

    /** TorchScript serialization format version understood by libtorch 1.x and 2.x. */
    static final String FORMAT_VERSION = "10";

    private TorchScriptArchive() {
    }

    static void write(Path file, String archiveName, String className, String source) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            stored(zip, archiveName + "/data.pkl", moduleObjectPickle(className));
            stored(zip, archiveName + "/code/__torch__.py", source.getBytes(StandardCharsets.UTF_8));
            stored(zip, archiveName + "/constants.pkl", new byte[] {(byte) 0x80, 2, ')', '.'});
            stored(zip, archiveName + "/version", (FORMAT_VERSION + "\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** PROTO 2; GLOBAL __torch__.cls; EMPTY_TUPLE; NEWOBJ; {"training": False}; BUILD; STOP. */
    static byte[] moduleObjectPickle(String className) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0x80);
        b.write(2);
        b.writeBytes(("c__torch__\n" + className + "\n").getBytes(StandardCharsets.US_ASCII));
        b.write(')');
        b.write(0x81);
        b.write('}');
        b.write('(');
        byte[] key = "training".getBytes(StandardCharsets.US_ASCII);
        b.write('X');
        b.write(key.length);
        b.write(0);
        b.write(0);
        b.write(0);
        b.writeBytes(key);
        b.write(0x89);
        b.write('u');
        b.write('b');
        b.write('.');
        return b.toByteArray();
    }

    /** Entries are STORED (uncompressed) and aligned as the loader expects to mmap them. */
    private static void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(data.length);
        e.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }
}
