// A stand-in for an analytics tracker, served locally so the demo makes no third-party request.
// It sets the cookies a Matomo tracker would, and says it is running.
document.cookie = `_pk_id.1.demo=${Math.random().toString(36).slice(2)}; path=/; max-age=${60 * 60 * 24 * 395}; samesite=lax`;
document.cookie = '_pk_ses.1.demo=1; path=/; max-age=1800; samesite=lax';
window.fakeAnalyticsRuns = (window.fakeAnalyticsRuns ?? 0) + 1;
performance.mark('gated-analytics-ran');
const status = document.getElementById('analytics-status');
if (status) status.textContent = 'running (cookies _pk_id and _pk_ses set)';
