"""Loyalty profiles: NPS class, effort, RFM, CLV, referral value and the four groups."""
