"""Explainable priority and SLA clocks: pure functions over stored inputs."""
