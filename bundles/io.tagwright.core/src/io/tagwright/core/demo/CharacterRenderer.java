package io.tagwright.core.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint.CycleMethod;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders the demo character, "tagwright-chan", from any angle: a figure built from shaded spheres
 * (capsules are chains of spheres) drawn far-to-near with a perspective camera. Crude, but it has what a
 * LoRA dataset needs to show: a face that is hidden from behind, a braid that is, earrings, dark skin,
 * and views and framings that differ the way real shots do.
 */
public final class CharacterRenderer {

    /** Where the camera is: around the character (yaw, 0 = facing it), above it (pitch) and how close. */
    public record Shot(double yawDegrees, double pitchDegrees, Framing framing, Color background, double lightYaw) {
    }

    /** How much of the character fills the picture. */
    public enum Framing {
        CLOSE_UP(1.46, 0.58), UPPER_BODY(1.28, 0.95), COWBOY_SHOT(1.08, 1.55), FULL_BODY(0.85, 3.0);

        final double targetHeight;
        final double distance;

        Framing(double targetHeight, double distance) {
            this.targetHeight = targetHeight;
            this.distance = distance;
        }
    }

    private record Ball(double x, double y, double z, double r, Color color) {
    }

    private record Projected(double sx, double sy, double sr, double depth, Color color) {
    }

    private static final Color SKIN = new Color(0x6E4328);
    private static final Color HAIR = new Color(0x1E1A2E);
    private static final Color JACKET = new Color(0x2A8C8C);
    private static final Color SKIRT = new Color(0x3A3550);
    private static final Color GOLD = new Color(0xE8B530);
    private static final Color SHOE = new Color(0x2B2424);

    private final List<Ball> figure = buildFigure();

    public BufferedImage render(Shot shot, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Color bg = shot.background();
            g.setPaint(new GradientPaint(0, 0, bg.brighter(), 0, height, bg.darker()));
            g.fillRect(0, 0, width, height);
            Camera cam = new Camera(shot, width, height);
            drawShadow(g, cam);
            List<Projected> visible = new ArrayList<>();
            for (Ball b : figure) {
                Projected p = cam.project(b);
                if (p != null) {
                    visible.add(p);
                }
            }
            visible.sort(Comparator.comparingDouble(Projected::depth).reversed());
            double lx = -Math.sin(Math.toRadians(shot.lightYaw())) * 0.45;
            for (Projected p : visible) {
                drawBall(g, p, lx, -0.4);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void drawShadow(Graphics2D g, Camera cam) {
        Projected a = cam.project(new Ball(0, 0, 0, 0.35, Color.BLACK));
        if (a == null) {
            return;
        }
        double squash = Math.max(0.15, Math.abs(Math.sin(cam.pitch)) + 0.2);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(a.sx(), a.sy()), (float) a.sr(),
                new float[] { 0f, 1f }, new Color[] { new Color(0, 0, 0, 90), new Color(0, 0, 0, 0) }));
        g.fill(new Ellipse2D.Double(a.sx() - a.sr(), a.sy() - a.sr() * squash, a.sr() * 2, a.sr() * 2 * squash));
    }

    private static void drawBall(Graphics2D g, Projected p, double lightX, double lightY) {
        float r = (float) Math.max(p.sr(), 0.5);
        Point2D center = new Point2D.Double(p.sx(), p.sy());
        Point2D focus = new Point2D.Double(p.sx() + lightX * r, p.sy() + lightY * r);
        Color c = p.color();
        Color highlight = mix(c, Color.WHITE, 0.45);
        Color rim = mix(c, Color.BLACK, 0.55);
        g.setPaint(new RadialGradientPaint(center, r, focus, new float[] { 0f, 0.55f, 1f },
                new Color[] { highlight, c, rim }, CycleMethod.NO_CYCLE));
        g.fill(new Ellipse2D.Double(p.sx() - r, p.sy() - r, 2 * r, 2 * r));
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) (a.getRed() * (1 - t) + b.getRed() * t), (int) (a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) (a.getBlue() * (1 - t) + b.getBlue() * t));
    }

    /** A perspective camera orbiting the character; the character faces +z, y is up, units are metres. */
    private static final class Camera {
        final double cx, cy, cz;
        final double fx, fy, fz, rx, rz, ux, uy, uz;
        final double focal;
        final double width, height;
        final double pitch;

        Camera(Shot shot, int width, int height) {
            double yaw = Math.toRadians(shot.yawDegrees());
            pitch = Math.toRadians(shot.pitchDegrees());
            Framing fr = shot.framing();
            double d = fr.distance;
            cx = d * Math.sin(yaw) * Math.cos(pitch);
            cy = fr.targetHeight + d * Math.sin(pitch);
            cz = d * Math.cos(yaw) * Math.cos(pitch);
            double dx = -cx, dy = fr.targetHeight - cy, dz = -cz;
            double n = Math.sqrt(dx * dx + dy * dy + dz * dz);
            fx = dx / n;
            fy = dy / n;
            fz = dz / n;
            // right = forward × up(0,1,0)
            double rxx = -fz, rzz = fx;
            double rn = Math.hypot(rxx, rzz);
            rx = rxx / rn;
            rz = rzz / rn;
            // up = right × forward
            ux = -rz * fy;
            uy = rz * fx - rx * fz;
            uz = rx * fy;
            this.width = width;
            this.height = height;
            focal = Math.min(width, height) * 1.25;
        }

        Projected project(Ball b) {
            double px = b.x() - cx, py = b.y() - cy, pz = b.z() - cz;
            double depth = px * fx + py * fy + pz * fz;
            if (depth < 0.05) {
                return null;
            }
            double x = px * rx + pz * rz;
            double y = px * ux + py * uy + pz * uz;
            return new Projected(width / 2 + x / depth * focal, height / 2 - y / depth * focal, b.r() / depth * focal, depth,
                    b.color());
        }
    }

    private static List<Ball> buildFigure() {
        List<Ball> f = new ArrayList<>();
        // head, face, hair
        f.add(new Ball(0, 1.50, 0, 0.11, SKIN));
        f.add(new Ball(0, 1.525, -0.02, 0.117, HAIR));
        f.add(new Ball(0, 1.585, 0.035, 0.075, HAIR)); // fringe
        for (int side = -1; side <= 1; side += 2) {
            f.add(new Ball(side * 0.04, 1.505, 0.093, 0.021, Color.WHITE));
            f.add(new Ball(side * 0.04, 1.505, 0.108, 0.011, new Color(0x3B2A1A)));
            f.add(new Ball(side * 0.112, 1.455, 0.0, 0.016, GOLD)); // earrings
            f.add(new Ball(side * 0.112, 1.43, 0.0, 0.012, GOLD));
        }
        f.add(new Ball(0, 1.448, 0.097, 0.013, new Color(0x8E3B3B))); // mouth
        f.add(new Ball(0, 1.475, 0.108, 0.011, SKIN)); // nose
        // braid: alternating lobes down the back
        for (int i = 0; i < 12; i++) {
            double t = i / 11.0;
            double x = (i % 2 == 0 ? 0.014 : -0.014);
            f.add(new Ball(x, 1.47 - t * 0.5, -0.11 - t * 0.05, 0.038 - t * 0.012, HAIR));
        }
        f.add(new Ball(0, 0.955, -0.165, 0.02, GOLD)); // hair tie
        // neck, torso, hips
        capsule(f, 0, 1.33, 0, 0, 1.41, 0, 0.042, SKIN);
        f.add(new Ball(0, 1.22, 0.0, 0.15, JACKET));
        f.add(new Ball(0, 1.10, 0.0, 0.135, JACKET));
        f.add(new Ball(0, 0.98, 0.0, 0.15, SKIRT));
        f.add(new Ball(0, 0.90, 0.0, 0.165, SKIRT));
        for (int side = -1; side <= 1; side += 2) {
            f.add(new Ball(side * 0.15, 1.28, 0, 0.06, JACKET)); // shoulders
            capsule(f, side * 0.17, 1.27, 0, side * 0.22, 1.05, 0.02, 0.045, JACKET);
            capsule(f, side * 0.22, 1.05, 0.02, side * 0.23, 0.86, 0.05, 0.038, SKIN);
            f.add(new Ball(side * 0.23, 0.83, 0.055, 0.04, SKIN));
            capsule(f, side * 0.08, 0.82, 0, side * 0.09, 0.12, 0.0, 0.06, SKIN);
            f.add(new Ball(side * 0.09, 0.06, 0.04, 0.055, SHOE));
        }
        return f;
    }

    private static void capsule(List<Ball> f, double x0, double y0, double z0, double x1, double y1, double z1, double r,
            Color c) {
        double len = Math.sqrt((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0) + (z1 - z0) * (z1 - z0));
        int n = Math.max(2, (int) Math.ceil(len / (r * 0.6)));
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            f.add(new Ball(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, z0 + (z1 - z0) * t, r, c));
        }
    }
}
