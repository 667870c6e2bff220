"""What an analyst would write instead of spbe (the benchmark's yardstick, issue #14): read the
long-form file, map each indicator to its weight, group by instansi and tahun, write each index.
Floats, no validation: the comparison flatters pandas, not spbe.

usage: python3 pandas_index.py FRAMEWORK.json INPUT.csv OUTPUT.csv
"""

import json
import resource
import sys

import pandas as pd

framework_file, source, target = sys.argv[1:4]
with open(framework_file, encoding="utf-8") as f:
    framework = json.load(f)
weights = {
    ind["id"]: float(ind["weight"])
    for domain in framework["domains"]
    for aspect in domain["aspects"]
    for ind in aspect["indicators"]
}

df = pd.read_csv(source, dtype={"instansi": str, "tahun": "int32", "indikator": str, "tingkat": "float64"})
df["wv"] = df["indikator"].map(weights) * df["tingkat"]
indices = (df.groupby(["instansi", "tahun"], sort=False)["wv"].sum() / 100).round(2).rename("indeks")
indices.to_csv(target)
print(json.dumps({"rows": len(df), "assessments": len(indices), "maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
