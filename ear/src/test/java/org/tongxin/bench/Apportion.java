package org.tongxin.bench;

/** Whole shares of a total in proportion to weights, adding up to the total exactly. */
final class Apportion {

    private Apportion() {}

    /** Largest-remainder method: floors first, then one more to the largest fractions until the total is reached. */
    static int[] largestRemainder(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] shares = new int[weights.length];
        double[] rest = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            shares[i] = (int) Math.floor(exact);
            rest[i] = exact - shares[i];
            given += shares[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            shares[best]++;
            rest[best] = -1;
            given++;
        }
        return shares;
    }
}
