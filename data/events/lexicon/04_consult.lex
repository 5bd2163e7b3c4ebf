#format entente-lexicon 1
# CAMEO 04 CONSULT: discussions, meetings, visits, negotiation, mediation.
# "called X" (telephoned) is 041, "called X an Y" is 111 (see 11_disapprove.lex)
# and "called for" is 020.
040 consult|confer|discuss|meet|talk|parley|huddle with
040 consult|brief obj
040 discuss obj with
040 discuss obj
040 talk|speak to|with
040 exchange obj=view|views|opinion|opinions|idea|ideas
040 hold|have|conduct|begin|start|open|continue|resume obj=@talks
040 talk/n|talks/n|consultation/n|consultations/n|discussion/n|discussions/n|meeting/n|meetings/n with|between
040 meet >obj -obj=@target
040 meet notarget
040 meet_with
040 get_together
040 sit_down with
040 gather|convene|assemble notarget
041 call|phone|telephone|ring >obj -obj2
041 call|phone|telephone|ring notarget -obj
041 speak|talk by|over|on=phone|telephone|telephone_call
041 hold|have|make obj=phone_call|telephone_call|call|conversation
041 phone_call/n|telephone_call/n|call/n with
042 visit|tour >obj
042 travel|fly|go|head|arrive|journey|come to|in
042 arrive_in
042 make|pay|begin|start|conclude|end|undertake obj=visit|trip|tour with
042 visit/n|trip/n|tour/n to
042 land|touch_down in
043 host|receive|welcome|greet obj
043 host|receive|welcome obj=delegation|visit|visitor|envoy|team|minister|counterpart
043 give|extend|accord obj=welcome|reception
043 welcome/n|reception/n for
044 meet >obj in|at
044 meet -obj in|at notarget
044 summit/n|conference/n in|at
045 mediate|arbitrate|broker|facilitate between
045 mediate|arbitrate|broker obj
045 mediate|arbitrate|broker notarget
045 undertake|launch|begin|start|lead|conduct|offer obj=@mediation|mediation_effort|peace_mission|shuttle_diplomacy
045 mediation/n between
045 act_as obj=mediator|intermediary|broker|go-between
046 negotiate|bargain with
046 negotiate obj
046 negotiate notarget
046 renew|resume|continue|reopen|launch|begin|start|hold|conduct|open|enter obj=negotiation|negotiations|talks|dialogue|dialog
046 negotiation/n|negotiations/n|dialogue/n|dialog/n with|between
046 enter_into obj=@talks
046 hold obj=round
