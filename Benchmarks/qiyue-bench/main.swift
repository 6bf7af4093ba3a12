print("qiyue-bench: no benchmarks yet")
