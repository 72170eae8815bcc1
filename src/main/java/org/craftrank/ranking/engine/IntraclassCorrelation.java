package org.craftrank.ranking.engine;

/**
 * One intraclass correlation with its F test and 95% confidence interval. Fields are null where a formula
 * divides by zero (e.g. judges in perfect agreement leave no error variance for the F ratio).
 *
 * @param form                       which of the six
 * @param value                      the coefficient
 * @param f                          F statistic testing coefficient = 0
 * @param numeratorDegreesOfFreedom   of {@code f}
 * @param denominatorDegreesOfFreedom of {@code f}
 * @param pValue                     upper tail probability of {@code f}
 * @param lower                      lower 95% confidence bound
 * @param upper                      upper 95% confidence bound
 */
public record IntraclassCorrelation(IccForm form, Double value, Double f, int numeratorDegreesOfFreedom,
                                    int denominatorDegreesOfFreedom, Double pValue, Double lower, Double upper) {
}
