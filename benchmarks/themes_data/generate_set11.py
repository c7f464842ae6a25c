# ruff: noqa: E501  (the authored report sentences are data: one per line)
"""Generate the theme benchmark's eleventh set: invented districts and communes of another invented
province (tỉnh Vân Lĩnh) reporting on another programme (fire prevention and fighting, rescue and
salvage at the grassroots, "phòng cháy, chữa cháy và cứu nạn, cứu hộ ở cơ sở", year 2025: the
civil defence teams "lực lượng dân phòng" and their training and allowances, the "tổ liên gia an
toàn PCCC" model and public fire points, fire safety inspections of premises, family homes that
double as shops and workshops (second escape routes, iron cages over façades), fire hydrants and
water sources, awareness campaigns, fire and rescue drills, forest fires, drowning prevention and
rescue, equipment for the teams, the Law on Fire Prevention, Fighting and Rescue of 2024).

Written by a helper blind to the method (no clustering, theme finding or labelling was run on it
while it was written, and the method's code and resources were not read), and held out: never used
to choose methods or parameters, only to say how what was chosen on the other sets does on words
nobody looked at. Every sentence below was written for this set; the same structure and machinery
as ``generate_set6.py`` (planted points with several phrasings of different structure and wording,
distractors that share words with a planted point but not its point, singletons), none of the other
sets' sentences, districts or communes.

    python benchmarks/themes_data/generate_set11.py      # rewrites reports_set11/*.txt and *.jsonl (seed 161)
"""

from __future__ import annotations

from pathlib import Path

from generate import Programme, write_reports

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports_set11"
N_REPORTS = 42
SEED = 161

RESULTS: dict[str, list[str]] = {
    "R_tuyentruyen": [
        "Tổ chức {n} buổi tuyên truyền kiến thức, kỹ năng phòng cháy, chữa cháy và thoát nạn tại khu dân cư, chợ, trường học, thu hút {m} lượt người tham dự.",
        "Đài truyền thanh đã phát {n} tin, bài và khuyến cáo về an toàn cháy nổ trong mùa hanh khô; {m} tờ rơi hướng dẫn thoát nạn được cấp phát tới các hộ gia đình.",
        "Việc phổ biến cách phòng ngừa cháy, nổ trong sinh hoạt được lồng ghép vào các buổi họp thôn, tổ dân phố và sinh hoạt chi hội, giúp bà con biết xử lý khi sự cố xảy ra.",
        "Thông qua nhóm Zalo của thôn, tổ dân phố và trang mạng xã hội của Công an {unit}, {n} video, hình ảnh cảnh báo nguy cơ cháy trong gia đình đã được đăng tải, chia sẻ tới người dân.",
    ],
    "R_kiemtra": [
        "Tiến hành {n} lượt kiểm tra an toàn về phòng cháy, chữa cháy đối với các cơ sở thuộc diện quản lý, phát hiện và yêu cầu khắc phục {k} thiếu sót.",
        "Công an {unit} phối hợp với các ngành chức năng kiểm tra định kỳ, đột xuất {n} cơ sở kinh doanh, kho hàng, trường học, chợ, qua đó hướng dẫn chủ cơ sở khắc phục tồn tại về điều kiện an toàn.",
        "Qua kiểm tra, nhiều sai sót về hệ thống điện, cách sắp xếp hàng hóa, lối thoát nạn và phương tiện chữa cháy tại các cơ sở đã được chỉ ra; {p}% kiến nghị đã được chủ cơ sở thực hiện xong.",
        "Các đoàn liên ngành đã làm việc tại {n} cơ sở có nguy hiểm về cháy, nổ như cửa hàng xăng dầu, điểm kinh doanh khí gas, xưởng chế biến gỗ, ban hành {k} văn bản yêu cầu chấn chỉnh.",
    ],
    "R_danphong": [
        "Kiện toàn {n} đội dân phòng tại các thôn, tổ dân phố với tổng số {tr} đội viên, đội trưởng là trưởng thôn hoặc công an viên.",
        "Lực lượng dân phòng được củng cố lại sau khi sắp xếp thôn, tổ dân phố; hiện toàn {unit} có {n} đội, mỗi đội từ 10 đến 30 người, duy trì lịch trực và sinh hoạt hằng tháng.",
        "Ủy ban nhân dân đã ra quyết định thành lập mới, bổ sung thành viên cho các đội dân phòng, thay những người chuyển đi nơi khác hoặc không còn đủ sức khỏe, bảo đảm khu dân cư nào cũng có người chữa cháy tại chỗ.",
        "Ở mỗi thôn, tổ dân phố đều có một đội chữa cháy tại chỗ; tổng cộng {n} đội với {tr} người đã được phân công nhiệm vụ cụ thể và lập danh sách quản lý.",
    ],
    "R_vuchay": [
        "Trên địa bàn xảy ra {k} vụ cháy, không có thiệt hại về người, giá trị tài sản thiệt hại ước tính {tr} triệu đồng.",
        "Tình hình cháy, nổ cơ bản được kiềm chế; số vụ cháy giảm {k} vụ so với năm 2024, chủ yếu là cháy nhỏ do chập điện và đốt rác, được dập tắt kịp thời.",
        "Các vụ cháy trong năm phần lớn là cháy nhà ở, cháy đống rơm rạ và cỏ khô ven đường, đều được người dân phát hiện và dập tắt ngay, không gây thương vong.",
        "Không để xảy ra cháy lớn, cháy gây chết người; {k} vụ cháy nhỏ phát sinh đều được xử lý từ khi mới bắt đầu nên thiệt hại không đáng kể.",
    ],
    "R_huanluyen": [
        "Mở {k} lớp huấn luyện, bồi dưỡng nghiệp vụ phòng cháy, chữa cháy và cứu nạn, cứu hộ cho {tr} đội viên dân phòng và thành viên đội PCCC cơ sở.",
        "Phối hợp với Đội Cảnh sát PCCC và CNCH khu vực tập huấn cách sử dụng bình chữa cháy, vòi, lăng và máy bơm cho {tr} người thuộc lực lượng chữa cháy tại chỗ.",
        "Đội viên dân phòng ở các thôn được học kỹ thuật dập lửa, sơ cứu ban đầu và đưa người ra khỏi đám cháy; sau khóa học, {p}% học viên được cấp giấy chứng nhận.",
        "Việc đào tạo nghiệp vụ cho lực lượng phòng cháy tại các cơ quan, doanh nghiệp được chú trọng, trong năm có {m} lượt người qua huấn luyện.",
    ],
    "R_dientap": [
        "Tổ chức {k} cuộc thực tập phương án chữa cháy và cứu nạn, cứu hộ có nhiều lực lượng tham gia tại chợ, trường học và khu dân cư đông người.",
        "Cuộc diễn tập giả định tình huống cháy nhà dân lan sang các hộ liền kề đã huy động {n} người của lực lượng tại chỗ phối hợp cùng Cảnh sát PCCC, đạt yêu cầu đề ra.",
        "Các cơ sở thuộc diện quản lý đã tự xây dựng phương án và thực tập chữa cháy theo quy định, {p}% cơ sở tổ chức thực tập ít nhất một lần trong năm.",
        "Hưởng ứng Ngày toàn dân phòng cháy, chữa cháy 04/10, {unit} tổ chức diễn tập xử lý đám cháy tại chợ trung tâm với {n} người tham gia, đông đảo người dân đến theo dõi.",
    ],
    "R_nhaokd": [
        "Rà soát {m} hộ gia đình kết hợp sản xuất, kinh doanh; vận động {n} hộ mở lối thoát nạn thứ hai, tháo dỡ hoặc làm cửa mở trên lồng sắt, chuồng cọp.",
        "Đối với nhà ở kết hợp kinh doanh, lực lượng công an đến từng hộ hướng dẫn tách khu bán hàng khỏi nơi ngủ, trang bị bình chữa cháy và thiết bị báo cháy; đến nay {p}% hộ đã làm theo.",
        "Qua đợt cao điểm rà soát nhà trọ, nhà ở nhiều tầng cho thuê và hộ buôn bán tại gia, {n} hộ đã tự bỏ tiền lắp thang thoát hiểm, làm lối thoát lên mái hoặc sang nhà bên cạnh.",
        "Đã có {m} hộ buôn bán tại nhà trang bị bình chữa cháy xách tay, {n} hộ lắp thiết bị cảnh báo cháy sớm kết nối với điện thoại.",
    ],
    "R_liengia": [
        "Xây dựng {n} tổ liên gia an toàn phòng cháy, chữa cháy với {m} hộ gia đình tham gia, mỗi tổ có phương án hỗ trợ nhau khi xảy ra cháy.",
        "Mô hình tổ liên gia an toàn PCCC được nhân rộng ở các khu phố đông dân; các hộ liền kề cùng mua bình chữa cháy, thống nhất cách báo động và phân công người xử lý ban đầu.",
        "Tại các ngõ, xóm, {n} nhóm hộ sát vách đã được tổ chức để tự kiểm tra, nhắc nhau về an toàn điện, bếp núc và sẵn sàng cứu nhau khi có sự cố; hiện có {m} hộ tham gia.",
        "Ở các khu dân cư đông hộ, {n} tổ liên gia và {k} điểm chữa cháy công cộng đã đi vào hoạt động, góp phần dập tắt nhiều đám cháy ngay khi mới phát sinh.",
    ],
    "R_chayrung": [
        "Không để xảy ra cháy rừng; Ban Chỉ huy phòng cháy, chữa cháy rừng duy trì trực tại {n} chòi canh lửa trong các tháng cao điểm nắng nóng.",
        "Công tác phòng cháy rừng được triển khai chủ động: phát dọn {x} km đường băng cản lửa, ký cam kết bảo vệ rừng với {m} hộ nhận khoán.",
        "Trong mùa khô, kiểm lâm, dân quân và tổ bảo vệ rừng thôn, bản tuần tra thường xuyên, kiểm soát chặt việc đốt nương, đốt thực bì nên toàn bộ diện tích rừng của {unit} được giữ an toàn.",
        "Các đám cháy thực bì dưới tán rừng trồng đều được phát hiện sớm và dập tắt ngay; phương châm “bốn tại chỗ” trong chữa cháy rừng phát huy hiệu quả.",
    ],
    "R_duoinuoc": [
        "Phối hợp với ngành giáo dục tổ chức dạy bơi an toàn cho {m} học sinh trong dịp hè.",
        "Cắm {n} biển cảnh báo nguy hiểm tại ao, hồ, sông, suối, hố sâu và những khu vực thường xảy ra đuối nước.",
        "Công tác phòng, chống đuối nước ở trẻ em được quan tâm; nhà trường và gia đình được khuyến cáo quản lý chặt con em trong mùa mưa lũ, không để các em tự ý đi tắm sông, suối.",
        "Có {k} bể bơi lắp ghép được đặt tại các trường để trẻ học bơi và kỹ năng tự cứu mình khi gặp nạn dưới nước.",
    ],
    "R_trangbi": [
        "Mua sắm, cấp phát cho các đội dân phòng {n} bình chữa cháy, {k} máy bơm khiêng tay cùng vòi, lăng, thang, đèn pin với tổng kinh phí {tr} triệu đồng.",
        "Phương tiện chữa cháy của lực lượng tại chỗ được bổ sung từ ngân sách và nguồn xã hội hóa, đội nào cũng có ít nhất một bộ dụng cụ phá dỡ thông thường và bình bột.",
        "Đã chi {tr} triệu đồng trang bị thêm dụng cụ chữa cháy và cứu nạn, cứu hộ cho dân phòng, công an xã.",
        "Các doanh nghiệp trên địa bàn tài trợ {n} bình chữa cháy và {k} bộ quần áo chống cháy cho các đội chữa cháy ở thôn.",
    ],
    "R_trunuoc": [
        "Rà soát, cập nhật {n} trụ nước chữa cháy và {k} điểm lấy nước từ ao, hồ, sông, kênh phục vụ công tác chữa cháy.",
        "Công ty cấp nước đã lắp mới {k} trụ nước chữa cháy trên các tuyến phố chính và sửa những trụ bị hỏng, rò rỉ.",
        "Nguồn nước chữa cháy trên địa bàn được khảo sát, lập sơ đồ; {p}% trụ nước bảo đảm áp lực và lưu lượng theo quy định.",
        "Các bến lấy nước cho xe chữa cháy tại hồ, đập được cải tạo, làm đường xuống và cắm biển chỉ dẫn.",
    ],
    "R_cnch": [
        "Tham gia {k} vụ cứu nạn, cứu hộ, đưa {n} người bị nạn đến nơi an toàn.",
        "Khi mưa lũ, sạt lở xảy ra, dân phòng, dân quân và công an xã đã kịp thời có mặt, giúp sơ tán {m} người và di chuyển tài sản của {n} hộ ra khỏi vùng nguy hiểm.",
        "Công tác cứu nạn, cứu hộ được thực hiện kịp thời: phá cửa giải cứu người mắc kẹt, hỗ trợ nạn nhân tai nạn giao thông, tìm kiếm người mất tích trên sông, tổng cộng {k} vụ việc.",
    ],
    "R_luatmoi": [
        "Tổ chức hội nghị quán triệt Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024 cùng các nghị định hướng dẫn cho {tr} cán bộ chủ chốt, trưởng thôn và chủ cơ sở.",
        "Ngay khi luật mới về PCCC và CNCH có hiệu lực từ ngày 01/7/2025, {unit} đã ban hành kế hoạch triển khai, rà soát lại danh mục cơ sở thuộc diện quản lý theo tiêu chí mới.",
        "Cán bộ, công chức và người đứng đầu các cơ sở được học tập những điểm mới của Luật năm 2024, nhất là trách nhiệm của chủ hộ gia đình và người đứng đầu cơ sở.",
    ],
}
RESULTS_DISTRACT: dict[str, list[str]] = {
    "RD_chedo": [
        "Mua bảo hiểm tai nạn cho {tr} đội viên dân phòng và chi tiền hỗ trợ khi tham gia chữa cháy, trực, huấn luyện theo nghị quyết của Hội đồng nhân dân tỉnh.",
        "Chế độ bồi dưỡng cho đội trưởng, đội phó dân phòng được chi trả đầy đủ, đúng thời hạn, tổng số tiền {tr} triệu đồng.",
    ],
    "RD_hoithao": [
        "Tổ chức hội thao nghiệp vụ chữa cháy và cứu nạn, cứu hộ cho các đội dân phòng, {k} đội tham gia thi kéo vòi, phun lăng, cứu người.",
        "Đội tuyển của {unit} đạt giải nhì Hội thi nghiệp vụ chữa cháy dành cho lực lượng dân phòng và tổ liên gia an toàn PCCC cấp tỉnh.",
    ],
    "RD_thamduyet": [
        "Thẩm định thiết kế về phòng cháy, chữa cháy cho {k} công trình xây dựng mới, nghiệm thu và chấp thuận đưa vào sử dụng {n} công trình.",
        "Hồ sơ đề nghị thẩm duyệt, nghiệm thu PCCC của các dự án trên địa bàn được hướng dẫn đầy đủ và giải quyết đúng thời hạn, không có hồ sơ quá hạn.",
    ],
}

LIMITATIONS: dict[str, list[str]] = {
    "L_nhaokd": [
        "Nhiều nhà ở kết hợp sản xuất, kinh doanh chỉ có một lối ra vào, lắp lồng sắt, chuồng cọp kín mặt tiền, nếu xảy ra cháy rất khó thoát nạn.",
        "Hộ kinh doanh tại gia phần lớn để hàng hóa dễ cháy ngay tầng một, sát lối đi, nơi ở và nơi bán hàng không được ngăn cách.",
        "Việc vận động hộ dân mở lối thoát nạn thứ hai gặp khó, nhiều hộ viện lý do thiếu tiền, nhà bên cạnh không đồng ý hoặc kết cấu nhà không cho phép; mới có {low}% số hộ thực hiện.",
        "Các dãy nhà trọ và nhà ở kiêm cửa hàng trong ngõ sâu tiềm ẩn nguy cơ cháy cao, chủ nhà không trang bị bình chữa cháy, không có thiết bị báo cháy.",
    ],
    "L_danphong": [
        "Đội viên dân phòng chủ yếu làm kiêm nhiệm, nhiều người lớn tuổi, hay đi làm ăn xa nên khó tập trung khi có cháy.",
        "Trình độ nghiệp vụ của lực lượng chữa cháy tại chỗ còn hạn chế, phần lớn chưa qua huấn luyện bài bản, thao tác máy bơm, vòi, lăng chưa thành thạo.",
        "Thành phần các đội dân phòng thay đổi liên tục, người mới chưa được huấn luyện; sau sắp xếp thôn, tổ dân phố nhiều đội chưa kiện toàn kịp thời.",
        "Vào ban ngày, thanh niên đi làm ở khu công nghiệp, trong thôn chỉ còn người già và phụ nữ, khả năng chữa cháy ban đầu rất yếu.",
    ],
    "L_phuongtien": [
        "Phương tiện, dụng cụ chữa cháy của các đội dân phòng còn thiếu và thô sơ, chủ yếu là bình bột, xô, thang tre.",
        "Nhiều bình chữa cháy đã hết hạn chưa được nạp lại; máy bơm cấp từ nhiều năm trước hư hỏng, không sử dụng được.",
        "Lực lượng tại chỗ chưa có máy bơm, trang phục bảo hộ, khi cháy lớn chỉ trông chờ vào xe của Cảnh sát PCCC.",
        "Trang thiết bị chữa cháy và cứu nạn, cứu hộ mới đáp ứng khoảng {low}% so với định mức quy định cho dân phòng.",
    ],
    "L_trunuoc": [
        "Hệ thống trụ nước chữa cháy còn thiếu, nhiều khu dân cư mới không có trụ nào; một số trụ hỏng, áp lực nước yếu.",
        "Nguồn nước phục vụ chữa cháy ở nông thôn chủ yếu là ao, hồ tự nhiên, mùa khô cạn nước, xe chữa cháy khó tiếp cận.",
        "Mới có {n} trụ nước chữa cháy trên toàn địa bàn, tập trung ở khu trung tâm, các thôn xa gần như không có nguồn nước dự phòng.",
        "Khi xảy ra cháy, xe chữa cháy phải chạy xa để tiếp nước vì thiếu điểm lấy nước gần khu dân cư.",
    ],
    "L_ythuc": [
        "Ý thức chấp hành quy định về PCCC của một bộ phận người dân và chủ cơ sở còn hạn chế, chủ quan, lơ là.",
        "Nhiều hộ gia đình vẫn sử dụng điện tùy tiện, câu móc, dùng dây dẫn kém chất lượng, để xe máy điện sạc qua đêm trong nhà, thắp hương, đun nấu không trông coi.",
        "Một số chủ cơ sở chỉ lo làm ăn, xem nhẹ an toàn cháy nổ, cho rằng cháy là rủi ro khó xảy ra với mình.",
        "Người dân chưa có thói quen sắm bình chữa cháy trong nhà, khi có cháy thường lúng túng, không biết cách xử lý.",
    ],
    "L_giaothong": [
        "Nhiều ngõ, ngách nhỏ hẹp, xe chữa cháy không vào được, khi có cháy phải kéo vòi từ xa, mất nhiều thời gian.",
        "Khoảng cách từ khu dân cư đến Đội Cảnh sát PCCC và CNCH gần nhất trên {n} km, đường đèo dốc nên lực lượng chuyên nghiệp khó đến kịp.",
        "Tình trạng lấn chiếm lòng đường, lối đi để buôn bán, đỗ xe gây cản trở phương tiện chữa cháy tiếp cận hiện trường.",
        "Địa bàn rộng, các thôn, bản nằm rải rác, giao thông cách trở nên thời gian đến được nơi xảy ra cháy thường kéo dài.",
    ],
    "L_chedo": [
        "Chế độ, chính sách cho lực lượng dân phòng còn thấp, chưa tương xứng với nhiệm vụ, không khuyến khích được người tham gia.",
        "Đội viên dân phòng không có phụ cấp thường xuyên, chỉ được hỗ trợ khi trực tiếp tham gia chữa cháy nên khó giữ chân.",
        "Mức hỗ trợ cho đội trưởng, đội phó và đội viên theo quy định hiện hành quá thấp, lại chưa được mua bảo hiểm, nên nhiều người xin thôi.",
    ],
    "L_chayrung": [
        "Nguy cơ cháy rừng luôn ở mức cao do nắng nóng kéo dài, diện tích rừng trồng thông, keo lớn, nhiều vật liệu cháy.",
        "Tập quán đốt nương làm rẫy, đốt thực bì sau khai thác của một bộ phận người dân vẫn còn, dễ gây cháy lan vào rừng.",
        "Lực lượng bảo vệ rừng mỏng, dụng cụ chữa cháy rừng thô sơ, địa hình dốc nên khi có cháy rất khó khống chế.",
    ],
    "L_xuly": [
        "Việc khắc phục các tồn tại, thiếu sót sau kiểm tra của một số cơ sở còn chậm, có nơi vi phạm lặp lại.",
        "Xử lý vi phạm về PCCC chưa kiên quyết, chủ yếu nhắc nhở, số trường hợp bị xử phạt hoặc tạm đình chỉ hoạt động còn ít.",
        "{k} cơ sở không bảo đảm điều kiện an toàn đã được yêu cầu chấn chỉnh nhưng chưa làm, vẫn tiếp tục hoạt động.",
    ],
    "L_duoinuoc": [
        "Vẫn xảy ra tai nạn đuối nước ở trẻ em trong dịp hè, chủ yếu do các em tự đi tắm ao, hồ, sông, suối không có người lớn đi kèm.",
        "Nhiều ao, hồ, hố sâu ở khu dân cư và công trường không có rào chắn, biển báo; tỷ lệ trẻ em biết bơi còn thấp.",
        "Số học sinh được học bơi mới đạt {low}%, các trường không có bể bơi, chủ yếu dạy lý thuyết.",
    ],
}
LIMITATIONS_DISTRACT: dict[str, list[str]] = {
    "LD_pharung": [
        "Tình trạng lấn chiếm đất rừng, khai thác gỗ trái phép vẫn còn xảy ra ở khu vực giáp ranh.",
        "Một số hộ tự ý chặt phá rừng phòng hộ để trồng keo, chuyển mục đích sử dụng rừng khi chưa được phép.",
    ],
    "LD_trusoca": [
        "Trụ sở làm việc của Công an xã còn chật hẹp, thiếu trang thiết bị, phương tiện phục vụ tuần tra.",
        "Nhiều Công an xã chính quy vẫn phải mượn phòng của Ủy ban nhân dân xã làm nơi làm việc, chưa có nhà ở cho cán bộ.",
    ],
}

SOLUTIONS: dict[str, list[str]] = {
    "S_tuyentruyen": [
        "Tiếp tục đẩy mạnh tuyên truyền, phổ biến kiến thức phòng cháy, chữa cháy và kỹ năng thoát nạn đến từng hộ gia đình.",
        "Đổi mới hình thức thông tin, khuyến cáo về an toàn cháy nổ, chú trọng video ngắn trên mạng xã hội và loa truyền thanh thôn.",
        "Nâng cao nhận thức, ý thức trách nhiệm của người dân và chủ cơ sở trong phòng ngừa cháy, nổ; đưa nội dung này vào hương ước, quy ước của khu dân cư.",
        "Tổ chức các buổi hướng dẫn trực tiếp tại khu dân cư, trường học, chợ để người dân biết dùng bình chữa cháy và xử lý tình huống cháy ban đầu.",
    ],
    "S_kiemtra": [
        "Tăng cường kiểm tra an toàn PCCC đối với các cơ sở, nhất là cơ sở có nguy hiểm về cháy, nổ; xử lý nghiêm hành vi vi phạm.",
        "Kiên quyết tạm đình chỉ, đình chỉ hoạt động đối với cơ sở không khắc phục thiếu sót sau kiểm tra, công khai danh sách trên phương tiện thông tin đại chúng.",
        "Thực hiện kiểm tra định kỳ và đột xuất theo kế hoạch, theo dõi chặt việc thực hiện kiến nghị của từng cơ sở.",
        "Duy trì các đoàn liên ngành rà soát an toàn cháy, nổ tại chợ, kho hàng, cửa hàng xăng dầu, gas trong dịp cao điểm cuối năm và Tết Nguyên đán.",
    ],
    "S_nhaokd": [
        "Tiếp tục vận động các hộ kinh doanh kết hợp nhà ở mở lối thoát nạn thứ hai, thay lồng sắt bằng loại có cửa mở được từ bên trong.",
        "Hướng dẫn hộ gia đình, chủ nhà trọ lắp thiết bị báo cháy, trang bị bình chữa cháy và ngăn cách khu vực buôn bán với chỗ ngủ.",
        "Hoàn thành rà soát, phân loại toàn bộ nhà ở riêng lẻ kết hợp sản xuất, kinh doanh để có biện pháp quản lý phù hợp với từng loại.",
        "Phấn đấu {p}% hộ buôn bán tại nhà có lối thoát dự phòng và phương tiện chữa cháy ban đầu.",
    ],
    "S_huanluyen": [
        "Tăng cường huấn luyện, bồi dưỡng nghiệp vụ cho lực lượng dân phòng và PCCC cơ sở, bảo đảm 100% đội viên được huấn luyện.",
        "Mở thêm lớp tập huấn thực hành kỹ năng chữa cháy, cứu người cho các đội chữa cháy ở thôn, tổ dân phố.",
        "Phối hợp với Cảnh sát PCCC định kỳ tổ chức cho đội viên dân phòng luyện tập sử dụng máy bơm, bình chữa cháy.",
        "Nâng cao kỹ năng xử lý sự cố cháy và cứu nạn cho lực lượng tại chỗ thông qua các đợt bồi dưỡng ngắn ngày tại thôn.",
    ],
    "S_phuongtien": [
        "Đề nghị cấp trên hỗ trợ kinh phí mua sắm phương tiện chữa cháy cho các đội dân phòng.",
        "Kiến nghị tỉnh trang bị máy bơm chữa cháy, bình chữa cháy và trang phục bảo hộ cho lực lượng tại chỗ ở các thôn vùng sâu.",
        "Bố trí ngân sách xã, huy động xã hội hóa để bổ sung dụng cụ chữa cháy, thay thế những phương tiện đã hư hỏng.",
        "Đề xuất cấp {k} máy bơm khiêng tay cho các thôn ở xa, bảo đảm dập lửa kịp thời khi xe chuyên dùng chưa tới.",
    ],
    "S_trunuoc": [
        "Đề nghị công ty cấp nước lắp bổ sung trụ nước chữa cháy tại các khu dân cư mới và sửa chữa các trụ hư hỏng.",
        "Rà soát, cải tạo các ao, hồ, bể chứa làm nguồn nước chữa cháy, làm bến để xe chữa cháy lấy nước.",
        "Khi đầu tư, nâng cấp các tuyến đường phải thiết kế lắp đặt trụ nước chữa cháy đồng bộ.",
    ],
    "S_chedo": [
        "Đề nghị tỉnh nâng mức hỗ trợ, bồi dưỡng cho lực lượng dân phòng, có phụ cấp hằng tháng cho đội trưởng, đội phó.",
        "Kiến nghị sớm ban hành nghị quyết quy định chế độ, chính sách cho người tham gia dân phòng theo luật mới.",
        "Bảo đảm kinh phí mua bảo hiểm và chi trả chế độ khi đội viên dân phòng bị thương trong lúc làm nhiệm vụ.",
    ],
    "S_liengia": [
        "Nhân rộng mô hình tổ liên gia an toàn PCCC và điểm chữa cháy công cộng ra tất cả các thôn, tổ dân phố.",
        "Duy trì hoạt động của các tổ liên gia, định kỳ kiểm tra bình chữa cháy tại các điểm chữa cháy công cộng để luôn sẵn sàng sử dụng.",
        "Vận động các hộ liền kề trong ngõ, xóm liên kết thành nhóm tự quản về an toàn cháy nổ, cùng nhau sắm dụng cụ chữa cháy.",
    ],
    "S_chayrung": [
        "Chủ động phòng cháy, chữa cháy rừng trong mùa khô, bố trí lực lượng trực 24/24 giờ tại các vùng trọng điểm.",
        "Quản lý chặt việc đốt nương rẫy, hướng dẫn người dân đốt có kiểm soát, có người canh giữ và làm đường băng xung quanh.",
        "Củng cố tổ bảo vệ rừng ở thôn, bản, trang bị thêm bàn dập lửa, máy thổi gió cho lực lượng chữa cháy rừng.",
    ],
    "S_duoinuoc": [
        "Mở lớp dạy bơi miễn phí cho trẻ em dịp hè, lắp rào chắn, biển cảnh báo tại các ao, hồ nguy hiểm.",
        "Phối hợp với nhà trường và phụ huynh quản lý trẻ trong thời gian nghỉ hè, phòng ngừa tai nạn đuối nước.",
        "Trang bị phao cứu sinh, sào cứu hộ tại các bến đò và khúc sông người dân hay ra tắm.",
    ],
}
SOLUTIONS_DISTRACT: dict[str, list[str]] = {
    "SD_nuocsach": [
        "Đề nghị đầu tư hệ thống cấp nước sạch tập trung cho các thôn chưa có nước máy.",
        "Kiến nghị công ty cấp nước mở rộng mạng đường ống về {k} thôn để người dân có nước sinh hoạt.",
    ],
    "SD_xaydung": [
        "Tăng cường kiểm tra, xử lý nghiêm các trường hợp xây dựng không phép, sai phép, lấn chiếm đất công.",
        "Siết chặt quản lý trật tự xây dựng ở các khu dân cư mới, kiên quyết buộc tháo dỡ công trình vi phạm.",
    ],
}

SINGLETONS: dict[str, list[str]] = {
    "results": [
        "Đưa vào sử dụng phần mềm quản lý cơ sở thuộc diện quản lý về PCCC trên điện thoại cho cán bộ công an xã.",
        "Hội Liên hiệp Phụ nữ tổ chức cuộc thi “Phụ nữ với an toàn cháy nổ trong gia đình”, thu hút đông đảo hội viên.",
        "Ra mắt mô hình “Chợ an toàn phòng cháy, chữa cháy” tại chợ trung tâm thị trấn.",
        "Thí điểm lắp thiết bị báo cháy kết nối điện thoại cho các hộ neo đơn, người cao tuổi sống một mình.",
        "Đoàn Thanh niên thành lập đội xung kích cứu hộ mùa mưa bão gồm ba mươi đoàn viên.",
        "Trường tiểu học tổ chức ngày hội “Em làm lính cứu hỏa” cho học sinh lớp 4, lớp 5.",
        "Hướng dẫn người dân cài đặt ứng dụng báo cháy và gọi cứu nạn trên điện thoại thông minh.",
        "Di dời kho phân bón, thuốc bảo vệ thực vật của hợp tác xã ra khỏi khu dân cư.",
        "Phối hợp với điện lực phát quang hành lang tuyến điện đi qua khu dân cư, cắt tỉa cây cao sát đường dây.",
        "Thu gom, tiêu hủy {n} quả pháo tự chế do người dân tự nguyện giao nộp.",
        "Phối hợp với điện lực thay mới dây điện trong nhà cho các hộ nghèo, hộ có hoàn cảnh khó khăn.",
        "Lễ hội đền đầu xuân được bảo đảm an toàn cháy nổ, không xảy ra sự cố nào.",
        "Khánh thành nhà để dụng cụ và trực đêm của đội dân phòng thôn Khe Mạ do nhân dân góp tiền xây dựng.",
    ],
    "limitations": [
        "Trụ sở Ủy ban nhân dân xã chưa được lắp hệ thống báo cháy tự động.",
        "Kho lưu trữ hồ sơ của xã ẩm thấp, dây điện cũ, có nguy cơ chập cháy.",
        "Việc đốt rơm rạ ngoài đồng sau thu hoạch gây khói mù ảnh hưởng tới giao thông trên quốc lộ.",
        "Một số hộ tự ý tích trữ xăng dầu trong nhà để bán lẻ.",
        "Chợ tạm dựng bằng tre, bạt sau khi chợ cũ xuống cấp nên rất dễ bắt lửa.",
        "Khu vực giáp ranh với tỉnh bạn chưa có quy chế phối hợp chữa cháy rừng.",
        "Tình trạng buôn bán, tàng trữ pháo nổ vẫn diễn ra vào dịp cuối năm.",
        "Phần mềm cơ sở dữ liệu về PCCC thường xuyên lỗi, khó cập nhật thông tin cơ sở.",
        "Một số điểm thu mua phế liệu chất hàng sát nhà dân, không có tường ngăn cháy.",
        "Nhiều nhà sàn gỗ, mái lợp cỏ tranh ở các bản dễ cháy lan sang nhau.",
        "Hai bản vùng cao chưa có sóng điện thoại nên việc gọi báo cháy bị chậm.",
        "Một số cơ sở karaoke đã bị tạm dừng nhưng chủ cơ sở tự ý mở cửa lại.",
        "Hệ thống đèn chiếu sáng công cộng ở một số ngõ xuống cấp, dây dẫn chằng chịt.",
    ],
    "solutions": [
        "Lắp hệ thống báo cháy tự động cho trụ sở làm việc và kho lưu trữ của xã.",
        "Đề xuất quy hoạch khu tập kết phế liệu tập trung, cách xa khu dân cư.",
        "Xây dựng chợ mới kiên cố thay cho chợ tạm để bảo đảm an toàn.",
        "Ký quy chế phối hợp chữa cháy rừng với các xã giáp ranh của tỉnh bạn.",
        "Đưa nội dung thoát nạn khi có cháy vào giờ hoạt động ngoại khóa của học sinh trung học cơ sở.",
        "Thí điểm lắp loa cảnh báo cháy tự động tại khu nhà trọ công nhân gần khu công nghiệp.",
        "Đề nghị nhà mạng phủ sóng hai bản vùng cao để người dân gọi được số khẩn cấp.",
        "Vận động các hộ thay mái tranh bằng mái tôn để hạn chế cháy lan.",
        "Kiến nghị sửa đổi quy định về điều kiện kinh doanh karaoke cho phù hợp với cơ sở quy mô nhỏ.",
        "Bố trí bãi đỗ và khu sạc xe điện tập trung cho các dãy nhà trọ.",
        "Tổ chức tổng kết phong trào “Toàn dân tham gia phòng cháy, chữa cháy” giai đoạn 2021 - 2025.",
        "Đề nghị Công an tỉnh bố trí một tổ Cảnh sát PCCC thường trực tại cụm công nghiệp.",
        "Hỗ trợ hộ nghèo, gia đình chính sách thay hệ thống dây điện cũ trong nhà.",
    ],
}

PREVALENCE: dict[str, int] = {
    **dict(zip(RESULTS, (20, 18, 16, 15, 13, 12, 10, 9, 8, 7, 6, 5, 4, 2))),
    **dict(zip(LIMITATIONS, (19, 17, 15, 14, 12, 10, 8, 6, 4, 3))),
    **dict(zip(SOLUTIONS, (20, 17, 15, 13, 11, 9, 7, 5, 4, 2))),
    "RD_chedo": 3,
    "RD_hoithao": 3,
    "RD_thamduyet": 2,
    "LD_pharung": 2,
    "LD_trusoca": 3,
    "SD_nuocsach": 3,
    "SD_xaydung": 2,
}

DISTRICTS = [
    "huyện Thanh Lũy",
    "huyện Hà Vĩ",
    "huyện Kỳ Lâm Hạ",
    "huyện Tân Quy",
    "huyện Bình Độ",
    "huyện Lương Kiệt",
    "huyện Sơn Mạc",
]
COMMUNE_STEMS = [
    "Hòa Trạch",
    "Đông Lũy",
    "Quang Hưng Thượng",
    "Nghĩa Lâm Tây",
    "Thạch Bàn Hạ",
    "Phúc Lũng",
    "Kim Tiến Đông",
    "An Thái Bắc",
    "Vĩnh Khê Nam",
    "Tân Ước Hạ",
    "Bình Xá",
    "Cẩm Lộ Thượng",
    "Hữu Bằng Tây",
    "Sa Lung",
    "Nà Phìn Hạ",
    "Mường Lìm",
    "Khuôn Vạc",
    "Chiềng Khoa Hạ",
    "Tả Lử",
    "Hợp Lý Bắc",
    "Thọ Vực",
    "Xuân Lạng Đông",
    "Đức Long Hạ",
    "Lâm Phú Tây",
    "Trung Liệt Hạ",
    "Phù Vân Đông",
    "Ngọc Xá",
    "Hạnh Khê",
    "Bắc Lệnh Tây",
    "Thanh Trạch Hạ",
    "Liên Mạc Đông",
    "Đồng Vàng Thượng",
    "Cao Lũng",
    "Sơn Diệm Tây",
    "Tiền Lệ",
]

PROGRAMME = Programme(
    part_themes={
        "results": {**RESULTS, **RESULTS_DISTRACT},
        "limitations": {**LIMITATIONS, **LIMITATIONS_DISTRACT},
        "solutions": {**SOLUTIONS, **SOLUTIONS_DISTRACT},
    },
    prevalence=PREVALENCE,
    singletons=SINGLETONS,
    districts=DISTRICTS,
    commune_stems=COMMUNE_STEMS,
    openings=[
        "Thực hiện Công văn số {tr}/CAT-PC07 ngày 20/11/2025 của Công an tỉnh Vân Lĩnh về việc báo cáo tổng kết công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2025, {unit} báo cáo kết quả như sau:",
        "Căn cứ Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024 và Kế hoạch số {k}/KH-UBND ngày 08/01/2025 của Ủy ban nhân dân tỉnh Vân Lĩnh về công tác PCCC và CNCH năm 2025, {unit} báo cáo kết quả thực hiện như sau:",
        "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh Vân Lĩnh về tăng cường công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ ở cơ sở, {unit} tổng kết kết quả năm 2025 và đề ra nhiệm vụ năm 2026 như sau:",
    ],
    headings={
        "results": [
            "I. KẾT QUẢ THỰC HIỆN",
            "I. KẾT QUẢ CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ NĂM 2025",
            "I. TÌNH HÌNH VÀ KẾT QUẢ TRIỂN KHAI",
        ],
        "limitations": [
            "II. TỒN TẠI, HẠN CHẾ",
            "II. HẠN CHẾ, KHÓ KHĂN VÀ NGUYÊN NHÂN",
            "II. KHÓ KHĂN, VƯỚNG MẮC",
        ],
        "solutions": [
            "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
            "III. GIẢI PHÁP VÀ KIẾN NGHỊ, ĐỀ XUẤT",
        ],
    },
    subheads={
        "results": [
            "1. Công tác lãnh đạo, chỉ đạo",
            "2. Công tác phòng cháy",
            "3. Công tác chữa cháy và cứu nạn, cứu hộ",
        ],
        "limitations": ["1. Tồn tại, hạn chế", "2. Nguyên nhân"],
        "solutions": ["1. Nhiệm vụ, giải pháp trọng tâm", "2. Kiến nghị, đề xuất"],
    },
    leads={
        "results": [
            "",
            "",
            "",
            "Năm 2025, ",
            "Bên cạnh đó, ",
            "Ngoài ra, ",
            "Đáng chú ý, ",
        ],
        "limitations": ["", "", "", "Tuy nhiên, ", "Bên cạnh đó, ", "Mặt khác, "],
        "solutions": ["", "", "", "Năm 2026, ", "Thời gian tới, ", "Đồng thời, "],
    },
    title="Kết quả công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2025, phương hướng, nhiệm vụ năm 2026",
    date="ngày {d} tháng 12 năm 2025",
    closing="Trên đây là báo cáo kết quả công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2025 của {unit}.",
    recipients="Nơi nhận: Công an tỉnh (Phòng PC07); Thường trực cấp ủy; Lưu: VT.",
    placeholder="(Có biểu thống kê số liệu kèm theo)",
    proper=(
        "Ủy ban",
        "Ban ",
        "Công an",
        "Cảnh sát",
        "Luật ",
        "Hội Liên hiệp",
        "Đoàn Thanh niên",
    ),
)


def main() -> None:
    write_reports(OUT, N_REPORTS, SEED, PROGRAMME)


if __name__ == "__main__":
    main()
