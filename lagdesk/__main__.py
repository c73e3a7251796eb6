import sys

from lagdesk.cli import main

sys.exit(main())
