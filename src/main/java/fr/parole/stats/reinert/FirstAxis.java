package fr.parole.stats.reinert;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The rows' coordinates on the first axis of the correspondence analysis of a presence matrix,
 * which the Reinert method uses to order segments before it looks for the cut (rainette's
 * {@code order_docs}, R/rainette.R: the first left singular vector of the standardised residuals
 * {@code S = (P - r cᵀ) / sqrt(r cᵀ)}, divided by {@code sqrt(r)}; rainette calls
 * {@code RSpectra::svds(s, k = 1)}).
 *
 * <p>Why Lanczos and not a full decomposition: only the first factor is needed, and {@code S} is
 * dense (the residuals of a sparse table) but its product with a vector is cheap through the sparse
 * table, {@code O(entries + rows + columns)}. A full SVD of 100,000 × 3,000 (Commons Math's
 * {@code SingularValueDecomposition}) would need 2.4 GB for {@code S} alone and hours; a dense
 * {@code Sᵀ S} of 3,000 × 3,000 with Commons Math's {@code EigenDecomposition} is {@code O(p³)}.
 * So this runs the Lanczos iteration on {@code Sᵀ S} (the product applied as {@code Sᵀ (S v)}, never
 * formed), with full reorthogonalisation (the Krylov basis is small: at most {@link #STEPS}
 * vectors), restarted from the best Ritz vector until its residual is small; the small tridiagonal
 * eigenproblem is Commons Math's {@link EigenDecomposition} (the symmetric tridiagonal constructor).
 * This is what ARPACK, behind RSpectra, does with implicit restarts. The start vector is seeded, so
 * the same table gives the same axis; the sign is fixed (the largest column loading positive).
 */
public final class FirstAxis {
  static final int STEPS = 40;
  private static final int RESTARTS = 30;
  private static final double TOLERANCE = 1e-10;

  /** The first axis: the rows' coordinates, its eigenvalue (inertia) and the iterations used. */
  public record Axis(double[] rows, double eigenvalue, int restarts) {}

  private final BinaryMatrix m;
  private final double[] sqrtR;
  private final double[] sqrtC;
  private final double n;

  private FirstAxis(BinaryMatrix matrix) {
    this.m = matrix;
    this.n = matrix.entries();
    this.sqrtR = new double[matrix.rows()];
    for (int i = 0; i < sqrtR.length; i++) {
      sqrtR[i] = Math.sqrt(matrix.rowSize(i) / n);
    }
    int[] counts = matrix.columnCounts();
    this.sqrtC = new double[matrix.columns()];
    for (int j = 0; j < sqrtC.length; j++) {
      sqrtC[j] = Math.sqrt(counts[j] / n);
    }
  }

  /** The first axis of {@code matrix}, whose every row and column has at least one entry. */
  public static Axis of(BinaryMatrix matrix) {
    return new FirstAxis(matrix).compute();
  }

  /** {@code S v}, with {@code S_ij = (x_ij / n - r_i c_j) / sqrt(r_i c_j)}. */
  double[] times(double[] v) {
    double centre = 0;
    for (int j = 0; j < v.length; j++) {
      centre += sqrtC[j] * v[j];
    }
    double[] u = new double[m.rows()];
    int[] start = m.rowStart();
    int[] index = m.columnIndex();
    for (int i = 0; i < u.length; i++) {
      double sum = 0;
      for (int k = start[i]; k < start[i + 1]; k++) {
        sum += v[index[k]] / sqrtC[index[k]];
      }
      u[i] = sum / (n * sqrtR[i]) - sqrtR[i] * centre;
    }
    return u;
  }

  /** {@code Sᵀ u}. */
  double[] transposeTimes(double[] u) {
    double centre = 0;
    double[] v = new double[m.columns()];
    int[] start = m.rowStart();
    int[] index = m.columnIndex();
    for (int i = 0; i < u.length; i++) {
      centre += sqrtR[i] * u[i];
      double w = u[i] / (n * sqrtR[i]);
      for (int k = start[i]; k < start[i + 1]; k++) {
        v[index[k]] += w;
      }
    }
    for (int j = 0; j < v.length; j++) {
      v[j] = v[j] / sqrtC[j] - sqrtC[j] * centre;
    }
    return v;
  }

  private Axis compute() {
    int p = m.columns();
    int steps = Math.min(STEPS, p);
    SplittableRandom random = new SplittableRandom(20261203L);
    double[] start = new double[p];
    for (int j = 0; j < p; j++) {
      start[j] = random.nextDouble() - 0.5;
    }
    double[] ritz = start;
    double theta = 0;
    int restart = 0;
    for (; restart < RESTARTS; restart++) {
      double[][] basis = new double[steps][];
      double[] alpha = new double[steps];
      double[] beta = new double[steps];
      basis[0] = scaled(ritz, 1 / norm(ritz));
      int used = steps;
      double lastBeta = 0;
      for (int k = 0; k < steps; k++) {
        double[] w = transposeTimes(times(basis[k]));
        alpha[k] = dot(w, basis[k]);
        for (int pass = 0; pass < 2; pass++) { // full reorthogonalisation, twice is enough
          for (int q = 0; q <= k; q++) {
            axpy(-dot(w, basis[q]), basis[q], w);
          }
        }
        double b = norm(w);
        lastBeta = b;
        if (k + 1 == steps || b < 1e-14) {
          used = k + 1;
          break;
        }
        beta[k] = b;
        basis[k + 1] = scaled(w, 1 / b);
      }
      double[] main = java.util.Arrays.copyOf(alpha, used);
      double[] secondary = java.util.Arrays.copyOf(beta, Math.max(0, used - 1));
      EigenDecomposition tridiagonal = new EigenDecomposition(main, secondary);
      int best = 0;
      double[] values = tridiagonal.getRealEigenvalues();
      for (int i = 1; i < values.length; i++) {
        if (values[i] > values[best]) {
          best = i;
        }
      }
      theta = values[best];
      double[] y = tridiagonal.getEigenvector(best).toArray();
      double[] next = new double[p];
      for (int k = 0; k < used; k++) {
        axpy(y[k], basis[k], next);
      }
      ritz = next;
      double residual = Math.abs(lastBeta * y[used - 1]);
      if (residual <= TOLERANCE * Math.max(theta, 1e-300) || used < steps) {
        break;
      }
    }
    double[] v = scaled(ritz, 1 / norm(ritz));
    int largest = 0;
    for (int j = 1; j < p; j++) {
      if (Math.abs(v[j]) > Math.abs(v[largest])) {
        largest = j;
      }
    }
    if (v[largest] < 0) {
      v = scaled(v, -1);
    }
    double[] u = times(v);
    double sigma = Math.sqrt(Math.max(theta, 0));
    double[] coordinates = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      coordinates[i] = sigma == 0 ? 0 : u[i] / sigma / sqrtR[i];
    }
    return new Axis(coordinates, theta, restart);
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static double[] scaled(double[] a, double factor) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] * factor;
    }
    return out;
  }

  private static void axpy(double factor, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += factor * x[i];
    }
  }
}
