import datetime as dt
def P(s): return dt.date.fromisoformat(s)
def iso(d): return d.isoformat()
def D(a, n): return iso(P(a) + dt.timedelta(days=n))
WD = {'mon':1,'tue':2,'wed':3,'thu':4,'fri':5,'sat':6,'sun':7}
def last(a, w, strict=False):
    a = P(a); diff = (a.isoweekday() - WD[w]) % 7
    if strict and diff == 0: diff = 7
    return iso(a - dt.timedelta(days=diff))
def nxt(a, w):
    a = P(a); diff = (WD[w] - a.isoweekday()) % 7
    if diff == 0: diff = 7
    return iso(a + dt.timedelta(days=diff))
def week(a, n=0):
    d = P(a) + dt.timedelta(weeks=n); y, w, _ = d.isocalendar(); return f"{y}-W{w:02d}"
def month(a, n=0):
    d = P(a); m = d.month - 1 + n; y = d.year + m // 12; m = m % 12 + 1; return f"{y}-{m:02d}"
def year(a, n=0): return str(P(a).year + n)
def pastmonth(a, m):
    d = P(a); y = d.year if d.month > m else d.year - 1; return f"{y}-{m:02d}"
def nextmonth(a, m):
    d = P(a); y = d.year if d.month < m else d.year + 1; return f"{y}-{m:02d}"
def nearest(a, m, day=15):
    d = P(a); best=None
    for y in (d.year-1, d.year, d.year+1):
        c = dt.date(y, m, min(day,28)); k = abs((c-d).days)
        if best is None or k < best[0]: best=(k,y)
    return best[1]
rows = []
def add(a, s, e, v): rows.append((a, s, e, v))
def neg(a, s): rows.append((a, s, '-', '-'))
def kind(k): rows.append(('#kind', k))
def write(path, header):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(header)
        for r in rows:
            if r[0] == '#kind': f.write(f"# kind: {r[1]}\n")
            else:
                for x in r: assert '\t' not in x and '\n' not in x, r
                f.write('\t'.join(r) + '\n')
