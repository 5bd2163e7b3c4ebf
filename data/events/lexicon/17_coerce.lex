#format entente-lexicon 1
# CAMEO 17 COERCE (PLOVER COERCE; 1712 and 175 are ASSAULT in CAMEO2PLOVER).
170 coerce|force|compel|pressure|intimidate|bully|harass|blackmail obj
170 force|compel|coerce obj inf
166 force obj out|out_of|from
170 prevent|stop|bar|block|forbid|prohibit obj from
170 prevent|stop|block|thwart|foil obj=@demonstration|rally|march|meeting|gathering|vote|election|visit|entry
171 seize|confiscate|impound|expropriate|nationalize|nationalise|commandeer|requisition|grab|take_over|capture|hijack obj=@property|property|properties|land|lands|farm|farms|ship|ships|vessel|vessels|tanker|tankers|cargo|goods|equipment|asset|assets|building|buildings|house|houses|home|homes|business|businesses|company|companies|factory|factories|mine|mines|oil|fuel
171 damage|vandalize|vandalise|sabotage|loot|ransack|plunder|raze|torch|burn obj
171 seizure/n|confiscation/n|expropriation/n|nationalization/n|nationalisation/n of
1711 confiscate|impound|expropriate|nationalize|nationalise|seize obj
1712 destroy|demolish|bulldoze|raze|flatten|level|burn_down|torch|blow_up|wreck obj
1712 demolition/n|destruction/n of
172 impose|introduce|enforce|tighten|extend obj=restriction|restrictions|ban|bans|rule|rules|regulation|regulations|controls|limits|curbs|censorship|travel_ban|visa_ban
172 ban|outlaw|prohibit|forbid|restrict|censor|close|shut|shut_down|suspend|revoke obj
172 ban|outlaw|prohibit|suspend obj=@party|newspaper|newspapers|publication|publications|broadcast|broadcasts|station|stations|website|websites|media|outlet|outlets|organization|organisation|group|groups|party|parties|activity|activities|demonstration|demonstrations|rally|rallies
172 order obj inf=suspend|close|stop|cease|shut|halt|leave
172 restriction/n|restrictions/n|ban/n|crackdown/n on
1721 restrict|curb|curtail|limit|suppress|stifle|muzzle|gag|silence|censor obj=freedom|freedoms|speech|press|media|press_freedom|assembly|dissent|opposition|internet|access
1721 impose obj=censorship|media_blackout|internet_blackout|blackout
1721 block|shut_down|cut obj=internet|website|websites|social_media|access
1722 ban|outlaw|proscribe|dissolve|disband|disqualify|bar obj=@party|candidate|candidates|politician|politicians|leader|leaders|opposition|opposition_party|movement
1722 bar obj from=election|elections|running|politics|office|vote
1723 impose|declare|reimpose|extend|enforce|introduce|order|institute|tighten obj=@curfew
1723 curfew/n on|in
1724 impose|declare|proclaim|reimpose|extend|introduce|institute|invoke obj=@emergency|martial_law|state_of_emergency|state_of_siege|siege|emergency_rule|emergency
1724 state_of_emergency/n|martial_law/n in
173 arrest|detain|jail|imprison|incarcerate|lock_up|round_up|apprehend|capture|nab|seize|hold|intern|remand|catch|collar|pick_up|take_into_custody|abduct obj
173 arrest|detain|jail|imprison|hold obj on|for|over
173 charge|indict|prosecute|try|sentence|convict|put_on_trial obj
173 arrest/n|detention/n|imprisonment/n|jailing/n|roundup/n of
173 put obj on=trial
173 sentence obj to
173 question|interrogate obj pass
174 expel|deport|extradite|banish|exile|evict|repatriate|send_back|kick_out|throw_out|drive_out|force_out|remove obj=@person|national|nationals|citizen|citizens|worker|workers|migrant|migrants|refugee|refugees|journalist|journalists|correspondent|correspondents|foreigner|foreigners|asylum_seeker|asylum_seekers|immigrant|immigrants|activist|activists|dissident|dissidents|student|students|family|families|resident|residents|man|men|woman|women
174 deport|banish|exile obj
174 deport|expel obj to|from
174 deportation/n|expulsion/n of=@person|national|nationals|migrant|migrants|refugee|refugees|journalist|journalists
175 crack_down on
175 suppress|repress|quell|crush|put_down|break_up|disperse|quash|stamp_out|clamp_down obj=@demonstration|protest|protests|protesters|protestors|demonstrators|rally|rallies|dissent|opposition|uprising|revolt|rebellion|unrest|riot|riots|crowd|crowds|strike|strikers
175 fire|use|shoot|lob|throw obj=tear_gas|teargas|gas|rubber_bullets|water_cannon|water_cannons|batons|stun_grenades at|on|to
175 use obj=tear_gas|teargas|force|excessive_force|live_ammunition|rubber_bullets|water_cannon|batons inf=disperse|break|quell|scatter|stop
175 tear-gas|teargas obj
175 crackdown/n|repression/n on|against|of
175 open_fire on=@person|protesters|protestors|demonstrators|crowd|crowds|students|marchers
176 hack|hack_into|breach|infiltrate obj=network|networks|system|systems|computer|computers|server|servers|website|websites|email|emails|account|accounts|database|databases|grid
176 cyberattack/n|cyber-attack/n|cyber_attack/n|hack/n|hacking/n on|against|of
176 launch|carry_out|conduct|stage|mount obj=cyberattack|cyberattacks|cyber-attack|cyber-attacks|hack|hacking_campaign on|against
