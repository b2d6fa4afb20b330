package org.thermolearn.bench.suite;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.thermolearn.core.internal.AtomicFiles;

/**
 * Writes rows of square grey-scale images (values in [0, 1], 1 = black ink) as one PNG grid, atomically.
 * Stateless.
 *
 * <pre>{@code
 * ImageGrid.write(Path.of("samples.png"), List.of(rowOfImages), 8, 4);
 * }</pre>
 *
 * @since 1.0
 */
public final class ImageGrid {
    private ImageGrid() {
    }

    /**
     * @param rows grid rows; each is a list of images of {@code side * side} pixels
     * @param side image side in pixels
     * @param scale magnification per pixel
     */
    public static void write(Path png, List<List<double[]>> rows, int side, int scale) {
        int cols = rows.stream().mapToInt(List::size).max().orElse(1);
        int cell = side * scale + 2;
        BufferedImage img = new BufferedImage(cols * cell + 2, rows.size() * cell + 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, 0x8080c0);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                double[] image = rows.get(r).get(c);
                for (int p = 0; p < side * side; p++) {
                    int grey = (int) Math.round(255 * (1 - Math.max(0, Math.min(1, image[p]))));
                    int rgb = grey << 16 | grey << 8 | grey;
                    for (int dy = 0; dy < scale; dy++) {
                        for (int dx = 0; dx < scale; dx++) {
                            img.setRGB(2 + c * cell + (p % side) * scale + dx, 2 + r * cell + (p / side) * scale + dy, rgb);
                        }
                    }
                }
            }
        }
        AtomicFiles.write(png, out -> {
            if (!ImageIO.write(img, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
    }

}
