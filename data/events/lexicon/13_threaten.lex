#format entente-lexicon 1
# CAMEO 13 THREATEN (PLOVER THREATEN). Infinitive complements refine the
# code ("threatened to impose sanctions" 1312).
130 threaten|menace|intimidate|warn obj
130 threaten inf
130 threaten obj with
130 threaten notarget
130 warn obj against|of
130 warn obj inf
130 warn that
130 warn of|against
130 threat/n|threats/n|warning/n|warnings/n against|to
130 issue|make|send|repeat|renew|step_up obj=threat|threats|warning|warnings to|against
130 vow|swear|promise|pledge inf=retaliate|respond|punish|avenge|destroy|crush|fight|attack|hit|strike|take|seize|capture|gain|eliminate|defeat|annihilate|kill
130 vow|threaten obj=retaliation|revenge|reprisal|reprisals|response|consequences|action
130 retaliate|hit_back|strike_back notarget
131 threaten obj with=@sanctions|measures|countermeasures|retaliation|consequences
131 threaten inf=cut|reduce|halt|stop|suspend|withhold|end|freeze|block|expel|boycott
1311 threaten inf=cut_off|cut|halt|suspend|withhold|freeze|stop|end|reduce
1311 threaten obj=cut|cuts|withdrawal|suspension|halt of=@aid
1312 threaten|warn obj with=@sanctions|boycott|embargo|tariffs|tariff|penalties|restrictions|import_restrictions
1312 threaten inf=impose|slap|boycott|embargo|sanction|restrict|ban
1312 threaten|warn of=@sanctions|tariffs|boycott|embargo|retaliation
1312 threaten obj=@sanctions|tariffs|boycott|embargo|import_restrictions|restrictions
1313 threaten inf=break|sever|cut|downgrade|suspend|recall|expel|freeze
1313 threaten obj=@relations|break|rupture|severing
132 threaten inf=ban|outlaw|dissolve|close|shut|suspend|restrict|censor|arrest|jail|punish|prosecute
1321 threaten inf=censor|silence|restrict|curb
1322 threaten inf=ban|outlaw|dissolve|disqualify|bar
1323 threaten inf=impose|institute|reimpose|extend|declare obj=@curfew
1323 threaten obj=@curfew
1324 threaten obj=@emergency|martial_law|state_of_emergency
1324 threaten inf=declare|impose
133 threaten inf=protest|strike|demonstrate|march|boycott|walk_out|rally|riot|block|occupy
133 threaten obj=@demonstration|@strike|boycott|walkout|general_strike|unrest
134 threaten inf=quit|leave|abandon|suspend|halt|pull_out|walk_out|withdraw|boycott|cancel obj=@talks
134 threaten inf=quit|leave|suspend|halt|pull|walk|withdraw|boycott
135 threaten inf=end|halt|suspend|abandon
136 threaten inf=expel|withdraw|recall|evict|end|halt|stop|block|bar|pull
137 threaten inf=crack|suppress|crush|arrest|detain|repress|quell|disperse|punish
137 threaten obj=crackdown|repression|arrest|arrests
138 threaten inf=attack|invade|strike|bomb|shell|use|launch|fight|deploy|destroy|hit|shoot|annihilate|wipe|retaliate
138 threaten obj=war|force|military_action|military_force|attack|attacks|strike|strikes|invasion|offensive|retaliation|@attack
138 warn|threaten of=war|military_action|attack|invasion|strike|retaliation
1381 threaten|vow inf=blockade|besiege|encircle|close
1381 threaten obj=blockade|siege
1382 threaten|vow inf=occupy|annex|seize|take|capture|control|gain
1382 threaten obj=occupation|annexation|invasion
1383 threaten inf=use obj=chemical|biological|bomb|bombs
1384 threaten|vow inf=attack|strike|shell|bomb|invade|hit|shoot|fire
1384 threaten obj=offensive|military_offensive|attack|shelling|bombing|airstrike|airstrikes
1385 threaten obj=@nuke|@chemical|nuclear|nuclear_strike|nuclear_attack
139 issue|deliver|give|send obj=ultimatum|ultimatums to
139 ultimatum/n to
139 set obj=deadline for
