package org.readerfirst.core.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.readerfirst.core.lang.Lemmatizers;

/**
 * Writes the image of the built-in rule packs into the compiled classes before the jar is made, so
 * that the app reads its packs without parsing YAML (see {@link PackImage}). Run by the build with
 * the classes folder as its one argument; a pack with a problem fails the build.
 */
public final class PackImageWriter {

    private PackImageWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path target = classes.resolve(RulePackLoader.BUILT_IN.substring(1)).resolve(PackImage.NAME);
        PackImage image = new RulePackLoader(Lemmatizers.stemmers()).builtInImage();
        byte[] bytes = image.toBytes();
        if (PackImage.fromBytes(bytes, image.digest()) == null) {
            throw new IllegalStateException("the image of the built-in packs does not read back");
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        System.out.println("rule packs image: " + target + " (" + bytes.length + " bytes)");
    }
}
