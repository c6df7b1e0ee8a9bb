package ca.pignon.territory.internal;

import java.util.function.IntConsumer;

import org.locationtech.jts.geom.Envelope;

/**
 * A regular grid of square cells over the projected plane, the skeleton of the precomputed indexes.
 */
final class Grid {

	/**
	 * Cells are treated as this much larger (metres) when deciding what touches them, so that rounding in
	 * {@link #cellAt} can never put a point in a cell whose precomputed answer does not cover it.
	 */
	static final double TOLERANCE = 1e-3;

	private final double minX;

	private final double minY;

	private final double cellSize;

	private final int columns;

	private final int rows;

	Grid(Envelope extent, double cellSize) {
		this.minX = extent.getMinX();
		this.minY = extent.getMinY();
		this.cellSize = cellSize;
		this.columns = Math.max(1, (int) Math.ceil(extent.getWidth() / cellSize));
		this.rows = Math.max(1, (int) Math.ceil(extent.getHeight() / cellSize));
	}

	int cells() {
		return columns * rows;
	}

	double cellSize() {
		return cellSize;
	}

	int columns() {
		return columns;
	}

	int rows() {
		return rows;
	}

	/**
	 * @return the cell holding the point, or -1 outside the grid
	 */
	int cellAt(double x, double y) {
		double column = (x - minX) / cellSize;
		double row = (y - minY) / cellSize;
		if (!(column >= 0 && column < columns && row >= 0 && row < rows)) {
			return -1;
		}
		return (int) row * columns + (int) column;
	}

	double centreX(int cell) {
		return minX + (cell % columns + 0.5) * cellSize;
	}

	double centreY(int cell) {
		return minY + (cell / columns + 0.5) * cellSize;
	}

	/**
	 * @return the square of {@code size} by {@code size} cells from the given one up and right, widened by
	 * {@link #TOLERANCE}
	 */
	Envelope widenedSquare(int column, int row, int size) {
		double x = minX + column * cellSize;
		double y = minY + row * cellSize;
		return new Envelope(x - TOLERANCE, x + size * cellSize + TOLERANCE, y - TOLERANCE,
				y + size * cellSize + TOLERANCE);
	}

	/**
	 * Visits every cell whose widened square the segment may touch; it may visit a few more, never fewer.
	 */
	void forEachCellTouching(double ax, double ay, double bx, double by, IntConsumer action) {
		int firstColumn = column(Math.min(ax, bx) - TOLERANCE);
		int lastColumn = column(Math.max(ax, bx) + TOLERANCE);
		int firstRow = row(Math.min(ay, by) - TOLERANCE);
		int lastRow = row(Math.max(ay, by) + TOLERANCE);
		boolean single = firstColumn == lastColumn && firstRow == lastRow;
		for (int row = firstRow; row <= lastRow; row++) {
			for (int column = firstColumn; column <= lastColumn; column++) {
				if (single || mayTouch(ax, ay, bx, by, column, row)) {
					action.accept(row * columns + column);
				}
			}
		}
	}

	private boolean mayTouch(double ax, double ay, double bx, double by, int column, int row) {
		double left = minX + column * cellSize - TOLERANCE;
		double right = left + cellSize + 2 * TOLERANCE;
		double bottom = minY + row * cellSize - TOLERANCE;
		double top = bottom + cellSize + 2 * TOLERANCE;
		double dx = bx - ax;
		double dy = by - ay;
		double s1 = Math.signum(dx * (bottom - ay) - dy * (left - ax));
		double s2 = Math.signum(dx * (bottom - ay) - dy * (right - ax));
		double s3 = Math.signum(dx * (top - ay) - dy * (left - ax));
		double s4 = Math.signum(dx * (top - ay) - dy * (right - ax));
		return !(s1 == s2 && s2 == s3 && s3 == s4 && s1 != 0);
	}

	private int column(double x) {
		return clamp((int) Math.floor((x - minX) / cellSize), columns);
	}

	private int row(double y) {
		return clamp((int) Math.floor((y - minY) / cellSize), rows);
	}

	private static int clamp(int index, int size) {
		return Math.max(0, Math.min(size - 1, index));
	}

}
