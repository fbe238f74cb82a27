package org.readerfirst.core.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The built-in packs as the build parsed them, kept in the jar beside their YAML: a start reads this
 * instead of parsing YAML, which took most of the half second the packs cost a cold start. It holds
 * only what the YAML says (the packs, the category texts, the limits table); the rules are still built
 * from it at each start, with the lemmatizers of that start. It stands for the YAML it was made from
 * only while that YAML is unchanged: its digest of the sources is compared with theirs at each
 * start, and on any difference (or none at all, as in a build's tests) the YAML is read as before.
 *
 * @param digest SHA-256 of the built-in sources, see {@link #digest}
 * @param packs each pack by its source path, as listed in {@code packs.txt}
 * @param lines for each pack, the line on which each of its rules starts, for pointing at a faulty rule
 */
record PackImage(String digest, Map<String, LocalizedText> categories, LimitsFile limits,
                 Map<String, PackFile> packs, Map<String, List<Integer>> lines) implements Serializable {

    /** Its name beside the packs under {@code assets/rules/}. */
    static final String NAME = "packs.image";

    // Only these classes are read back: the image is data, never code to run.
    private static final ObjectInputFilter ONLY_PACKS = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;org.readerfirst.core.rules.*;java.util.*;java.lang.*;!*");

    /** The image, or null when it is missing, unreadable or made from other sources than {@code digest}. */
    static PackImage read(InputStream in, String digest) {
        if (in == null) {
            return null;
        }
        try (ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ONLY_PACKS);
            return objects.readObject() instanceof PackImage image && image.digest().equals(digest) ? image : null;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // Then the YAML serves, as it always can.
            return null;
        }
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads an image from its bytes, for the build's check that what it wrote reads back. */
    static PackImage fromBytes(byte[] bytes, String digest) {
        return read(new ByteArrayInputStream(bytes), digest);
    }

    /** The digest of the sources, each given whole and in a fixed order, with its name. */
    static String digest(List<Map.Entry<String, byte[]>> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> source : sources) {
                sha.update(source.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Integer.toString(source.getValue().length).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(source.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
