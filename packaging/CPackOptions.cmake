# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack for each package it makes (CPACK_PROJECT_CONFIG_FILE).

# Each package's description starts with its own summary line; without this, CPack would put
# the project's summary in front of both.
unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
