"""Background jobs on APScheduler 3.x (BackgroundScheduler: no Qt in the core)."""
