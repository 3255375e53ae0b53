"""Texts written for the near-duplicate tests: one report, a republished copy, and a
different report of the same events (they share names, places and one quotation)."""

ORIGINAL = """Floodwaters cut off Harlow Bridge on Tuesday

Floodwaters rose above the old stone bridge at Harlow on Tuesday morning, cutting the
market town off from the main road for the second time this winter. The regional
emergency service said 140 homes along the Tamsin river had been evacuated overnight
and that two people were taken to hospital with mild hypothermia after their car was
swept into a ditch near the ferry landing.

"The water came up faster than any model we had predicted," the service's director,
Agnes Morrow, told reporters at the town hall. "We are asking everyone on the east bank
to stay with relatives until the level drops."

Volunteers from three neighbouring villages filled sandbags through the night outside
the grain store, which was flooded in 2019 and rebuilt with a raised floor. Farmers
upstream reported that fields near Ottery had been under water since Sunday, and the
rail company suspended trains between Harlow and Wenbury until at least Thursday.

The weather office expects another forty millimetres of rain before the weekend. Local
councillors have renewed their call for the flood wall promised after the last disaster,
a project that was approved four years ago but never started because of a funding dispute
between the county and the national government.
"""

# The same report on a content farm: new headline, a byline, a share bar, a footer, and a
# handful of words changed by its editor.
REPUBLISHED = """BREAKING: Harlow town cut off as river bursts its banks
Posted by newsdesk admin | 3 min read | Share on Facebook | Tweet

Floodwaters rose above the old stone bridge at Harlow on Tuesday morning, cutting the
market town off from the main road for the second time this winter. The regional
emergency service said 140 houses along the Tamsin river had been evacuated overnight
and that two people were taken to hospital with mild hypothermia after their vehicle was
swept into a ditch near the ferry landing.

"The water came up faster than any model we had predicted," the service's director,
Agnes Morrow, told journalists at the town hall. "We are asking everyone on the east bank
to stay with relatives until the level drops."

Volunteers from three nearby villages filled sandbags through the night outside
the grain store, which was flooded in 2019 and rebuilt with a raised floor. Farmers
upstream reported that fields near Ottery had been under water since Sunday, and the
rail company suspended trains between Harlow and Wenbury until at least Thursday.

The weather office expects another forty millimetres of rain before the weekend. Local
councillors have renewed their call for the flood wall promised after the last disaster,
a project that was approved four years ago but never started because of a funding dispute
between the county and the national government.

Copyright 2024 Daily Viral Feed. All rights reserved. Subscribe to our newsletter.
"""

# Another outlet's own report of the same flood: same people, places, figures and quote.
SAME_TOPIC = """Harlow evacuates east bank as Tamsin floods again

Around 140 households on the east bank of the Tamsin were moved out of their homes
overnight as the river flooded Harlow for the second time since December, emergency
officials said on Tuesday. Two people were treated for hypothermia in hospital after
their car left the road near the ferry landing.

Agnes Morrow, who directs the regional emergency service, said the rise had surprised
forecasters. "The water came up faster than any model we had predicted," she said,
urging residents to stay with relatives until the level drops.

Trains between Harlow and Wenbury are suspended until Thursday at the earliest, the rail
operator said. In Ottery, farmers said their fields had been flooded since Sunday.

Residents who lost furniture in 2019 criticised the county for the delay of the flood
wall, which was approved four years ago. The county blames the national government for
withholding the money; a spokesman for the ministry said the funding would be reviewed in
the spring. Forecasters expect forty more millimetres of rain by Saturday.
"""
