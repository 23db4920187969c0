"""Ingram Desk: a purchasing workstation over Ingram Micro's reseller APIs."""

__version__ = "0.1.0"
