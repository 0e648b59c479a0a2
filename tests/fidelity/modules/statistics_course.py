# statistics course: course-style use (frozen CPython Lib source)
import statistics as st
scores = [88, 92, 79, 93, 85, 92, 70]
print(st.mean(scores), st.median(scores), st.mode(scores), st.multimode([1, 1, 2, 2, 3]))
print(round(st.stdev(scores), 4), round(st.pstdev(scores), 4), round(st.variance(scores), 4), st.pvariance([1, 2, 3, 4]))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4]))
print(st.fmean([1, 2, 3, 4]), st.geometric_mean([2, 8]), st.harmonic_mean([40, 60]))
print(st.quantiles(range(1, 11), n=4), st.quantiles([1, 2, 3, 4, 5], n=3, method='inclusive'))
print(st.mean([0.5, 1.25]), type(st.mean([1, 2])).__name__, st.mean([1, 2]), st.mean([1.0, 2]))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(115), 6), nd.mean, nd.stdev, round(nd.pdf(100), 6))
print(st.correlation([1, 2, 3, 4], [2, 4, 6, 8]), st.linear_regression([1, 2, 3], [2, 4, 6]))
# %%
st.mean([])
# %%
st.variance([5])
# %%
st.mode([])
