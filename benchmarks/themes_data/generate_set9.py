# ruff: noqa: E501  (the authored report sentences are data: one per line)
"""Generate the theme benchmark's ninth set: invented districts and communes of another invented
province (tỉnh Ngọc Hà) reporting on another programme (rural environmental protection, "bảo vệ môi
trường", year 2025: collecting and treating household waste, sorting waste at source, livestock
wastewater, craft villages, pollution, planting trees, single-use plastics, sanitation, inspections
and sanctions for violations).

Written by a helper blind to the method (it never opened :mod:`nq35cls.themes` or its resources, and
no clustering, theme finding or labelling was run on it while it was written), and held out: never
used to choose methods or parameters, only to say how what was chosen on the other sets does on words
nobody looked at. Every sentence below was written for this set; the same structure and machinery as
``generate_set6.py`` (planted points with several phrasings of different structure and wording,
distractors that share words with a planted point but not its point, singletons), none of the other
sets' sentences, districts or communes.

    python benchmarks/themes_data/generate_set9.py       # rewrites reports_set9/*.txt and *.jsonl (seed 127)
"""

from __future__ import annotations

from pathlib import Path

from generate import Programme, write_reports

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports_set9"
N_REPORTS = 42
SEED = 127

RESULTS: dict[str, list[str]] = {
    "R_thugom": [
        "Tỷ lệ chất thải rắn sinh hoạt ở khu vực nông thôn được thu gom, xử lý theo quy định đạt {p}%, tăng so với năm 2024.",
        "Rác thải sinh hoạt của người dân được thu gom định kỳ ba lần mỗi tuần; bình quân mỗi ngày thu gom khoảng {x} tấn, đạt {p}% lượng rác phát sinh.",
        "Đến nay {n} thôn, xóm đã có dịch vụ thu gom rác đến tận hộ gia đình, nâng tỷ lệ rác được thu gom lên {p}%.",
        "Hầu hết các hộ ở {unit} đã đăng ký đổ rác cho tổ vệ sinh của thôn, {p}% lượng rác hằng ngày được chở đi xử lý, không còn cảnh rác tồn đọng nhiều ngày.",
    ],
    "R_phanloai": [
        "Triển khai phân loại chất thải rắn sinh hoạt tại nguồn ở {n} thôn, với {m} hộ gia đình tham gia.",
        "Nhiều hộ dân đã tách riêng rác hữu cơ để ủ làm phân bón cho cây trồng, phần còn lại mới đưa ra điểm tập kết; số hộ thực hiện là {m} hộ.",
        "Mô hình phân loại rác ngay tại hộ gia đình được nhân rộng ra {n} khu dân cư: thức ăn thừa dùng cho chăn nuôi hoặc ủ phân, giấy, nhựa, kim loại được gom riêng.",
        "Khoảng {p}% hộ gia đình ở các thôn điểm đã biết chia rác thành ba loại trước khi bỏ vào thùng là hữu cơ, có thể tái chế và rác còn lại.",
    ],
    "R_tongvesinh": [
        "Tổ chức {n} đợt ra quân tổng vệ sinh môi trường, thu hút {m} lượt người dân, đoàn viên, hội viên tham gia dọn dẹp đường làng, ngõ xóm.",
        "Phong trào “Ngày Chủ nhật xanh” được duy trì hằng tháng ở các thôn; qua các đợt ra quân đã dọn khoảng {x} tấn rác, phát quang bụi rậm, khơi thông cống rãnh.",
        "Hưởng ứng Ngày Môi trường thế giới và Chiến dịch làm cho thế giới sạch hơn, các đoàn thể huy động {m} lượt người làm sạch kênh mương, bờ sông và nơi công cộng.",
        "Hầu hết các thôn đều dành buổi sáng cuối tuần để bà con cùng quét dọn, nhặt rác quanh nhà và dọc các tuyến đường liên thôn.",
    ],
    "R_cayxanh": [
        "Trồng mới {big} cây xanh các loại tại khu dân cư, trường học, trụ sở cơ quan và dọc các tuyến đường.",
        "Tết trồng cây Xuân Ất Tỵ được tổ chức tại {n} điểm, trồng được {m} cây bóng mát, cây phân tán.",
        "Hưởng ứng Chương trình trồng một tỷ cây xanh, {unit} đã trồng {x} ha rừng tập trung và hàng nghìn cây phân tán trong năm.",
        "Các thôn đã trồng được {n} km hàng rào xanh và đường hoa ven đường làng, khu dân cư nông thôn thêm rợp bóng mát.",
    ],
    "R_tuyentruyen": [
        "Tuyên truyền về bảo vệ môi trường trên hệ thống loa truyền thanh cơ sở với {n} tin, bài; phát {m} tờ rơi hướng dẫn người dân giữ gìn vệ sinh.",
        "Phối hợp với Mặt trận Tổ quốc và các đoàn thể tổ chức {k} hội nghị phổ biến Luật Bảo vệ môi trường năm 2020 cho cán bộ và nhân dân.",
        "Nội dung giữ gìn vệ sinh, không xả rác bừa bãi được lồng ghép vào các buổi sinh hoạt chi hội, họp thôn, giúp người dân hiểu rõ trách nhiệm của mình.",
        "Các nhóm Zalo thôn, xóm và trang thông tin của xã thường xuyên đăng clip, hình ảnh nhắc nhở bà con chung tay bảo vệ môi trường; cả năm có {n} bài đăng.",
    ],
    "R_channuoi": [
        "Có {p}% hộ chăn nuôi quy mô gia trại đã có công trình xử lý chất thải như hầm biogas, bể lắng, đệm lót sinh học.",
        "Xây mới {n} hầm khí sinh học cho các hộ nuôi lợn, vừa giảm mùi hôi vừa có khí đốt phục vụ đun nấu.",
        "Nước thải, phân từ chuồng trại của các trang trại đã được dẫn về bể xử lý trước khi dùng tưới cây, không còn xả thẳng ra mương tiêu.",
        "Hỗ trợ {k} hộ áp dụng đệm lót sinh học khi nuôi gà, nuôi lợn; phân sau khi ủ được bán cho người trồng cây ăn quả.",
    ],
    "R_nhua": [
        "Phát động phong trào chống rác thải nhựa, hội viên phụ nữ dùng làn, giỏ, túi vải khi đi chợ thay cho túi ni lông.",
        "{n} chi hội phụ nữ tham gia mô hình “Nói không với túi ni lông và sản phẩm nhựa dùng một lần”, cấp phát {m} túi vải cho hội viên.",
        "Các cơ quan, trường học đã thôi dùng chai nước, cốc nhựa dùng một lần trong hội họp, thay bằng bình và cốc thủy tinh.",
        "Chợ trung tâm của {unit} thí điểm bỏ túi nilon, tiểu thương gói hàng bằng lá chuối, giấy và túi tự hủy.",
    ],
    "R_xuphat": [
        "Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại {n} cơ sở sản xuất, kinh doanh; xử phạt vi phạm hành chính {k} trường hợp với số tiền {tr} triệu đồng.",
        "Qua kiểm tra, phát hiện {k} cơ sở xả nước thải vượt quy chuẩn, đã lập biên bản, ra quyết định xử phạt và buộc khắc phục hậu quả.",
        "Công an phối hợp với lực lượng chức năng xử lý {k} vụ vứt rác, đổ phế thải xây dựng trái phép ra lề đường, thu nộp ngân sách {tr} triệu đồng.",
    ],
    "R_diemden": [
        "Xóa bỏ {n} điểm đổ rác tự phát, cải tạo thành vườn hoa hoặc bãi đất trống có biển cấm đổ rác.",
        "Các bãi rác tự phát ven đường, bờ kênh đã được dọn sạch; đến cuối năm trên địa bàn không còn điểm nóng về rác thải.",
        "Giải tỏa dứt điểm {k} điểm tồn lưu rác lâu năm dọc đê và dưới chân cầu, lắp camera giám sát để không tái phát.",
    ],
    "R_langnghe": [
        "Làng nghề chế biến tinh bột sắn của {unit} đã có hệ thống thu gom và bể xử lý nước thải tập trung, mùi hôi giảm hẳn.",
        "Đầu tư {x} tỷ đồng xây dựng trạm xử lý nước thải cho cụm làng nghề, hiện xử lý khoảng {m} m3 nước thải mỗi ngày.",
        "Các hộ làm bún, nấu rượu, giết mổ gia súc trong làng nghề được hướng dẫn xây bể lắng, bể tách mỡ trước khi thải ra cống chung.",
    ],
    "R_nhatieu": [
        "Tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh đạt {p}%.",
        "Vận động {m} hộ xây mới, cải tạo nhà vệ sinh tự hoại, xóa bỏ cầu tiêu ao cá và nhà tiêu một ngăn.",
        "Hầu như gia đình nào ở nông thôn cũng đã có nhà tắm, nhà tiêu đạt chuẩn; riêng năm nay có thêm {n} hộ hoàn thành xây dựng.",
    ],
    "R_baobi": [
        "Xây dựng {n} bể chứa bao gói thuốc bảo vệ thực vật sau sử dụng trên các cánh đồng.",
        "Thu gom và chuyển đi tiêu hủy {x} tấn vỏ chai, bao bì thuốc trừ sâu theo đúng quy định về chất thải nguy hại.",
        "Nông dân đã quen bỏ vỏ thuốc sâu vào thùng chứa đặt ở đầu bờ ruộng thay vì vứt xuống mương.",
    ],
    "R_kinhphi": [
        "Kinh phí sự nghiệp môi trường năm 2025 được giao {x} tỷ đồng, đã giải ngân hết cho thu gom, vận chuyển và xử lý rác thải.",
        "Ngân sách {unit} đã chi {tr} triệu đồng cho các hoạt động bảo vệ môi trường, ngoài ra còn huy động thêm nguồn xã hội hóa.",
        "Tổng nguồn lực dành cho công tác môi trường trong năm là {x} tỷ đồng, trong đó vốn xã hội hóa chiếm khoảng một phần ba.",
    ],
    "R_giathu": [
        "Ban hành mức giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt và thu được {tr} triệu đồng từ các hộ gia đình, cơ sở kinh doanh.",
        "Tiền dịch vụ vệ sinh môi trường được thu đều hằng tháng qua tổ trưởng tổ thu gom, {p}% số hộ nộp đầy đủ.",
    ],
}
# distractors: words of a planted result, another point
RESULTS_DISTRACT: dict[str, list[str]] = {
    "RD_dichbenh": [
        "Tổ chức {k} đợt tiêu độc, khử trùng chuồng trại chăn nuôi, phun {m} lít hóa chất để phòng dịch tả lợn châu Phi.",
        "Các hộ chăn nuôi được cấp vôi bột và hóa chất sát trùng, vệ sinh chuồng trại định kỳ nên không để dịch bệnh phát sinh trên đàn lợn.",
        "Công tác phòng, chống dịch bệnh gia súc, gia cầm được triển khai chặt chẽ, tiêm phòng đạt {p}% tổng đàn.",
    ],
    "RD_datdai": [
        "Xử phạt vi phạm hành chính {k} trường hợp tự ý chuyển mục đích sử dụng đất trồng lúa, buộc khôi phục lại tình trạng ban đầu của đất.",
        "Qua kiểm tra việc sử dụng đất, lập biên bản {k} trường hợp lấn chiếm hành lang giao thông, xây dựng trái phép trên đất nông nghiệp.",
    ],
    "RD_gayquy": [
        "Hội Liên hiệp Phụ nữ duy trì mô hình “Thu gom phế liệu gây quỹ”, số tiền bán phế liệu được {tr} triệu đồng dùng để hỗ trợ hội viên nghèo.",
        "Từ việc gom giấy vụn, vỏ lon, chai nhựa bán ve chai, các chi đoàn đã lập quỹ tặng học bổng cho {n} học sinh có hoàn cảnh khó khăn.",
    ],
}

LIMITATIONS: dict[str, list[str]] = {
    "L_phanloai": [
        "Việc phân loại rác tại nguồn chưa đi vào nền nếp, phần lớn hộ dân vẫn bỏ chung các loại rác vào một túi.",
        "Dù người dân đã phân loại ở nhà nhưng khi thu gom, rác lại bị đổ lẫn vào cùng một xe, khiến bà con không còn muốn tách rác.",
        "Tỷ lệ hộ gia đình tách rác hữu cơ mới đạt khoảng {low}%, nhiều nơi làm được vài tháng rồi bỏ.",
        "Mô hình phân loại chất thải rắn sinh hoạt còn mang tính thí điểm, chưa duy trì thường xuyên và chưa nhân rộng ra các thôn khác.",
    ],
    "L_vutrom": [
        "Ý thức của một bộ phận người dân chưa cao, vẫn còn tình trạng vứt rác bừa bãi ra đường, xuống ao hồ, kênh mương.",
        "Rác thải, xác động vật chết vẫn bị ném ra ven đê, dưới chân cầu, nhất là ở những đoạn đường vắng, xa khu dân cư.",
        "Một số hộ lén đổ rác, phế thải xây dựng ra lề đường vào ban đêm; có nơi vừa dọn xong thì lại tái diễn.",
        "Thói quen xả rác nơi công cộng, quăng túi rác từ trên xe máy xuống mương chưa được khắc phục triệt để.",
    ],
    "L_channuoi": [
        "Ô nhiễm môi trường do chăn nuôi trong khu dân cư còn diễn biến phức tạp, nhiều hộ nuôi lợn xả thẳng nước thải ra cống rãnh, gây mùi hôi.",
        "Phần lớn hộ chăn nuôi nhỏ lẻ chưa có hầm biogas hay bể lắng, phân và nước tiểu gia súc chảy tràn ra vườn, ra mương.",
        "Người dân nhiều lần phản ánh mùi hôi từ {k} trang trại lợn nằm sát nhà dân nhưng đến nay chưa được xử lý dứt điểm.",
        "Chất thải chăn nuôi chưa được xử lý đúng cách là nguyên nhân chính làm ô nhiễm nguồn nước mặt ở một số thôn.",
    ],
    "L_kinhphi": [
        "Kinh phí sự nghiệp môi trường được phân bổ còn thấp, không đủ chi cho việc thu gom, vận chuyển và xử lý rác.",
        "Nguồn ngân sách dành cho bảo vệ môi trường eo hẹp, hầu như chỉ đủ chi thường xuyên, không có vốn đầu tư mới.",
        "Ngân sách cấp xã không đủ bù đắp chi phí cho công tác môi trường, năm 2025 còn thiếu khoảng {tr} triệu đồng so với nhu cầu.",
        "Chưa bố trí được vốn để thực hiện nhiều nhiệm vụ bảo vệ môi trường đã đề ra trong kế hoạch.",
    ],
    "L_phuongtien": [
        "Phương tiện thu gom rác còn thô sơ, chủ yếu là xe đẩy tay, xe công nông tự chế, không bảo đảm vệ sinh khi vận chuyển.",
        "Thiếu thùng đựng rác công cộng và điểm tập kết đạt chuẩn; ở nhiều thôn rác vẫn để trên bãi đất trống chờ xe đến chở.",
        "Trang thiết bị phục vụ thu gom, vận chuyển rác thải chưa đáp ứng, xe chuyên dụng của đơn vị dịch vụ thường xuyên hỏng.",
    ],
    "L_xuly": [
        "Rác thải chủ yếu vẫn được xử lý bằng cách chôn lấp hoặc đốt lộ thiên, gây khói bụi và ô nhiễm đất, nước.",
        "Bãi chôn lấp của {unit} đã đầy, không bảo đảm tiêu chuẩn hợp vệ sinh, nước rỉ rác chảy ra ruộng lúa xung quanh.",
        "Lò đốt rác quy mô nhỏ hoạt động quá công suất, khí thải chưa được quan trắc, người dân sống gần đó bức xúc.",
    ],
    "L_canbo": [
        "Công chức phụ trách môi trường cấp xã phải kiêm nhiệm nhiều lĩnh vực như địa chính, xây dựng, nông nghiệp nên không sâu sát.",
        "Đội ngũ làm công tác quản lý môi trường ở cơ sở còn mỏng, thiếu kiến thức chuyên môn, lúng túng khi xử lý vi phạm.",
        "Phòng chuyên môn chỉ có một người theo dõi lĩnh vực môi trường, trong khi khối lượng công việc ngày càng lớn.",
    ],
    "L_langnghe": [
        "Nước thải từ làng nghề chế biến nông sản, thực phẩm chưa được thu gom, xử lý mà xả thẳng ra kênh tiêu.",
        "Ô nhiễm tại làng nghề tái chế nhựa, kim loại chưa được khắc phục; khói, bụi và tiếng ồn ảnh hưởng đến sức khỏe người dân.",
        "Các cơ sở sản xuất trong làng nghề nằm xen kẽ khu dân cư, mặt bằng chật hẹp nên không có chỗ xây công trình xử lý chất thải.",
    ],
    "L_thuphi": [
        "Việc thu giá dịch vụ thu gom rác gặp khó, nhiều hộ không chịu nộp hoặc nộp không đủ, chỉ thu được khoảng {p}% kế hoạch.",
        "Mức thu tiền rác hiện nay quá thấp, không đủ trả lương cho công nhân thu gom nên tổ vệ sinh khó duy trì.",
        "Một số hộ dân ở xa tuyến thu gom cho rằng mình không được phục vụ nên từ chối đóng phí vệ sinh môi trường.",
    ],
    "L_baobi": [
        "Vỏ bao bì thuốc bảo vệ thực vật vẫn bị vứt tràn lan trên bờ ruộng, kênh mương sau mỗi đợt phun thuốc.",
        "Số bể chứa bao gói thuốc bảo vệ thực vật còn ít, lại lâu ngày không được thu gom nên thường đầy tràn.",
    ],
}
LIMITATIONS_DISTRACT: dict[str, list[str]] = {
    "LD_nuocsach": [
        "Nhiều hộ vẫn dùng nước giếng khoan chưa qua xử lý, công trình cấp nước tập trung của xã đã xuống cấp, hoạt động cầm chừng.",
        "Vào mùa khô, nguồn nước sinh hoạt thiếu hụt, {n} hộ ở cuối nguồn phải mua nước để dùng.",
        "Công trình nước sạch nông thôn do xã quản lý chưa có đơn vị vận hành chuyên nghiệp, nước cấp không ổn định.",
    ],
    "LD_dichbenh": [
        "Đàn lợn ở {k} thôn bị nhiễm dịch tả châu Phi, nhiều hộ mất trắng vốn liếng vì phải tiêu hủy toàn bộ số lợn đang nuôi.",
        "Nhiều hộ chăn nuôi chưa tiêm phòng đầy đủ cho đàn gia súc, nguy cơ phát sinh dịch bệnh còn cao.",
    ],
}

SOLUTIONS: dict[str, list[str]] = {
    "S_tuyentruyen": [
        "Tiếp tục tuyên truyền, nâng cao nhận thức và trách nhiệm của người dân trong việc bảo vệ môi trường.",
        "Đa dạng hóa hình thức thông tin về giữ gìn vệ sinh môi trường: qua loa truyền thanh, mạng xã hội, họp thôn và các buổi sinh hoạt đoàn thể.",
        "Giao Mặt trận và các tổ chức chính trị - xã hội vận động từng hội viên, từng gia đình bỏ thói quen xấu, tự giác giữ gìn môi trường sống.",
        "Làm cho mỗi người dân thấm nhuần rằng giữ làng xóm sạch đẹp là việc của chính mình, không trông chờ vào chính quyền.",
    ],
    "S_phanloai": [
        "Nhân rộng mô hình phân loại rác tại nguồn ra tất cả các thôn, phấn đấu năm 2026 có {p}% hộ gia đình thực hiện.",
        "Hướng dẫn người dân tách rác hữu cơ để ủ phân tại vườn nhà, giảm lượng rác phải đưa đi chôn lấp.",
        "Bố trí lịch thu gom riêng cho rác hữu cơ và rác còn lại để việc phân loại ở hộ gia đình không bị uổng công.",
        "Triển khai đồng bộ việc phân loại chất thải rắn sinh hoạt theo quy định của Luật Bảo vệ môi trường năm 2020.",
    ],
    "S_kiemtra": [
        "Tăng cường kiểm tra, giám sát và xử lý nghiêm các hành vi vi phạm pháp luật về bảo vệ môi trường.",
        "Kiên quyết xử phạt những trường hợp vứt rác, xả nước thải bừa bãi, công khai tên tổ chức, cá nhân vi phạm trên loa truyền thanh.",
        "Định kỳ cử đoàn kiểm tra liên ngành đến các cơ sở sản xuất, trang trại, làng nghề; cơ sở nào không khắc phục thì đình chỉ hoạt động.",
        "Không để vi phạm kéo dài: mọi phản ánh của người dân về ô nhiễm đều phải được xác minh và xử lý dứt điểm.",
    ],
    "S_channuoi": [
        "Quy hoạch khu chăn nuôi tập trung, từng bước di dời chuồng trại nuôi lợn ra khỏi khu dân cư.",
        "Có chính sách hỗ trợ một phần chi phí để hộ nuôi lợn, nuôi bò xây hầm khí sinh học hoặc chuyển sang nuôi trên đệm lót.",
        "Yêu cầu các trang trại đầu tư hệ thống xử lý chất thải đạt quy chuẩn trước khi mở rộng quy mô đàn.",
    ],
    "S_dautu": [
        "Đầu tư thêm xe thu gom, thùng rác và xây dựng điểm tập kết rác đạt chuẩn ở các thôn.",
        "Mua sắm xe chở rác chuyên dụng thay cho xe công nông cũ, trang bị bảo hộ lao động cho tổ vệ sinh.",
        "Đặt thùng rác công cộng có nắp đậy, dán nhãn rõ ràng tại chợ, trường học, nhà văn hóa và bến đò.",
    ],
    "S_kinhphi": [
        "Đề nghị tỉnh tăng kinh phí sự nghiệp môi trường cho cấp huyện, cấp xã, tương xứng với khối lượng rác phát sinh.",
        "Kiến nghị ưu tiên phân bổ vốn cho các địa phương miền núi để thực hiện nhiệm vụ bảo vệ môi trường.",
        "Dành tối thiểu 1% tổng chi ngân sách địa phương cho sự nghiệp bảo vệ môi trường theo đúng quy định.",
    ],
    "S_xahoihoa": [
        "Kêu gọi doanh nghiệp, hợp tác xã tham gia cung cấp dịch vụ thu gom, vận chuyển và xử lý rác thải.",
        "Đẩy mạnh xã hội hóa, chuyển việc thu gom rác từ tổ tự quản sang đơn vị dịch vụ có đủ năng lực theo hình thức đặt hàng.",
        "Khuyến khích tư nhân đầu tư nhà máy xử lý rác, áp dụng ưu đãi về đất đai, thuế cho các dự án này.",
    ],
    "S_nhua": [
        "Tiếp tục vận động hạn chế túi ni lông khó phân hủy và đồ nhựa dùng một lần trong sinh hoạt hằng ngày.",
        "Xây dựng ở mỗi thôn một mô hình chợ, cửa hàng không dùng đồ nhựa một lần, nhân rộng việc đi chợ bằng giỏ.",
    ],
    "S_cayxanh": [
        "Duy trì phong trào Tết trồng cây, phấn đấu trồng thêm {big} cây xanh trong năm 2026.",
        "Trồng và chăm sóc cây bóng mát, hàng rào xanh dọc đường làng, ngõ xóm.",
    ],
    "S_langnghe": [
        "Quy hoạch cụm sản xuất riêng cho làng nghề, đưa các công đoạn gây ô nhiễm ra khỏi khu dân cư.",
        "Đầu tư hệ thống thu gom, xử lý nước thải chung cho làng nghề chế biến nông sản.",
    ],
}
SOLUTIONS_DISTRACT: dict[str, list[str]] = {
    "SD_dichbenh": [
        "Tiêm phòng đầy đủ vắc xin cho đàn gia súc, gia cầm, sẵn sàng phương án khi có dịch.",
        "Giám sát chặt việc vận chuyển, buôn bán lợn, không để dịch bệnh xâm nhiễm vào đàn chăn nuôi của địa phương.",
    ],
    "SD_giaothong": [
        "Tăng cường kiểm tra, xử lý nghiêm xe chở quá tải trọng làm hư hỏng đường giao thông nông thôn.",
        "Xử lý kiên quyết các trường hợp lấn chiếm lòng lề đường để họp chợ, buôn bán.",
        "Phối hợp với công an kiểm tra, xử phạt vi phạm trật tự an toàn giao thông trên các tuyến đường liên xã.",
    ],
}

SINGLETONS: dict[str, list[str]] = {
    "results": [
        "Hoàn thành quan trắc chất lượng không khí quanh khu vực khai thác đá, các chỉ số đều nằm trong giới hạn cho phép.",
        "Nghĩa trang nhân dân của xã được chỉnh trang, xây tường bao, các ngôi mộ được sắp xếp lại theo hàng lối.",
        "Đoàn Thanh niên nhận chăm sóc một đoạn sông chảy qua trung tâm xã với tên gọi “Dòng sông tuổi trẻ”.",
        "Trường tiểu học của xã đoạt giải nhì cuộc thi sáng tạo đồ dùng học tập từ vật liệu tái chế cấp tỉnh.",
        "Kè bờ ao làng, nạo vét lớp bùn đáy và lắp lan can, biến ao tù thành nơi sinh hoạt cộng đồng.",
        "Cửa hàng xăng dầu trên quốc lộ được hướng dẫn lập kế hoạch ứng phó sự cố tràn dầu.",
        "Một hợp tác xã sản xuất phân vi sinh từ bã mía và phế phụ phẩm nông nghiệp, sản phẩm đã bán sang các tỉnh lân cận.",
        "Cơ sở giết mổ gia súc tập trung của xã đi vào hoạt động, chấm dứt giết mổ lậu trong khu dân cư.",
        "Trạm y tế xã ký hợp đồng với đơn vị có chức năng để chuyển chất thải y tế nguy hại đi xử lý.",
        "Thôn Bến Sậy được chọn làm điểm thí điểm khu dân cư thích ứng với biến đổi khí hậu.",
        "Đội xung kích phòng chống thiên tai dọn sạch cây đổ, bùn đất sau bão trong vòng hai ngày.",
        "Người dân gửi ảnh điểm ô nhiễm qua ứng dụng phản ánh hiện trường, xã trả lời trong vòng 48 giờ.",
        "Hồ sơ đăng ký môi trường của các hộ kinh doanh được tiếp nhận và giải quyết trực tuyến.",
        "Nhà văn hóa thôn lắp hệ thống điện mặt trời áp mái, đủ cấp điện chiếu sáng cho các buổi sinh hoạt.",
    ],
    "limitations": [
        "Khu khai thác đá ở phía tây xã gây bụi, nổ mìn làm nứt tường nhà dân.",
        "Nước thải từ nhà máy giấy ở tỉnh bạn đổ về làm cá chết hàng loạt trên đoạn sông giáp ranh.",
        "Trạm y tế chưa có lò hấp rác y tế, phải thuê chở đi xa nên chi phí cao.",
        "Khói đốt rơm rạ sau mùa gặt bao phủ tuyến quốc lộ, ảnh hưởng người tham gia giao thông.",
        "Các nhà nghỉ ven hồ thải nước chưa qua xử lý xuống lòng hồ, làm nước hồ đổi màu vào mùa du lịch.",
        "Nghĩa địa tự phát trên sườn đồi nằm sát khu vực đầu nguồn nước.",
        "Sạt lở bờ sông sau mùa mưa làm mất một phần đất ở của {k} hộ.",
        "Chưa có số liệu quan trắc môi trường nền của địa phương để làm căn cứ đánh giá.",
        "Điểm trung chuyển rác cạnh trường mẫu giáo bốc mùi nhưng chưa tìm được vị trí khác để di dời.",
        "Các bãi tập kết vật liệu xây dựng ven sông không che chắn, xe chở cát làm rơi vãi đất cát ra đường.",
        "Hộ kinh doanh còn lúng túng khi làm thủ tục đăng ký môi trường vì chưa quen quy định mới.",
        "Tiếng ồn từ các xưởng cưa gỗ chạy về đêm làm ảnh hưởng giấc ngủ của bà con.",
        "Diện tích cây xanh công cộng ở trung tâm xã bị thu hẹp do xây chợ mới.",
    ],
    "solutions": [
        "Đề nghị Sở Nông nghiệp và Môi trường quan trắc định kỳ chất lượng nước sông đoạn chảy qua địa bàn.",
        "Hướng dẫn nông dân dùng chế phẩm vi sinh xử lý rơm rạ thay cho đốt ngoài đồng.",
        "Lập phương án di dời điểm trung chuyển rác ra xa khu vực trường học.",
        "Xây dựng lò đốt chất thải y tế dùng chung cho các trạm y tế trong cụm xã.",
        "Đưa nội dung về biến đổi khí hậu vào hoạt động ngoại khóa của học sinh trung học cơ sở.",
        "Cắm mốc hành lang bảo vệ nguồn nước dọc các con suối đầu nguồn.",
        "Quy định giờ hoạt động đối với các xưởng cưa, xưởng cơ khí gần khu dân cư.",
        "Yêu cầu doanh nghiệp khai thác đá phun nước dập bụi và hỗ trợ sửa chữa nhà dân bị nứt.",
        "Khảo sát xây dựng nghĩa trang tập trung thay cho các nghĩa địa nhỏ lẻ trong thôn.",
        "Lập dự án kè chống sạt lở bờ sông đoạn qua thôn Bến Sậy.",
        "Nghiên cứu lắp đặt trạm quan trắc không khí tự động tại cụm công nghiệp.",
        "Thí điểm thu hồi dầu ăn đã qua sử dụng từ các quán ăn để làm nhiên liệu sinh học.",
        "Rà soát, cập nhật kế hoạch ứng phó sự cố môi trường trong mùa mưa lũ.",
        "Mở lớp tập huấn cho chủ hộ kinh doanh về thủ tục đăng ký môi trường theo quy định mới.",
    ],
}

PREVALENCE: dict[str, int] = {
    **dict(zip(RESULTS, (20, 17, 16, 14, 13, 11, 10, 9, 8, 7, 6, 5, 4, 2))),
    **dict(zip(LIMITATIONS, (19, 17, 15, 14, 12, 10, 8, 6, 4, 3))),
    **dict(zip(SOLUTIONS, (20, 16, 14, 12, 10, 8, 6, 4, 3, 2))),
    "RD_dichbenh": 3,
    "RD_datdai": 3,
    "RD_gayquy": 2,
    "LD_nuocsach": 3,
    "LD_dichbenh": 2,
    "SD_dichbenh": 2,
    "SD_giaothong": 3,
}

DISTRICTS = [
    "huyện Bích Khê Hạ",
    "huyện Lương Điền",
    "huyện Ngàn Hống",
    "huyện Sùng Phài",
    "huyện Vụ Quang Tây",
    "huyện Hà Quảng Đông",
    "huyện Mẫu Sơn Nam",
]
COMMUNE_STEMS = [
    "Đoàn Kết Hạ",
    "Phú Nham",
    "Nà Mòn",
    "Tân Thịnh Tây",
    "Chiềng Lề",
    "Hòa Sơn Bắc",
    "Khe Mo",
    "Lạc Hồng Thượng",
    "Xuân Phả",
    "Mỹ Đức Đông",
    "Bình Dương Hạ",
    "Đông Phương Yên",
    "Vạn Thắng Tây",
    "Hợp Thành Thượng",
    "Lũng Vài",
    "Sơn Hà Đông",
    "Nghĩa Lộ Hạ",
    "Thái Sơn Bắc",
    "Cao Kỳ",
    "Quang Minh Thượng",
    "Yên Phú Tây",
    "Tú Sơn",
    "Thịnh Long Hạ",
    "Kim Phượng",
    "Pù Nhi",
    "Tân Lập Đông",
    "Hà Hiệu",
    "Hưng Thái Bắc",
    "Na Ngoi",
    "Tam Thanh Hạ",
    "Hải Thượng Tây",
    "Ea Kly",
    "Đạo Trù",
    "Thống Nhất Hạ",
    "Phúc Sơn Đông",
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
        "Theo đề nghị của Sở Nông nghiệp và Môi trường tỉnh Ngọc Hà tại văn bản số {tr}/SNNMT-MT ngày 14/11/2025, {unit} báo cáo tình hình, kết quả công tác bảo vệ môi trường năm 2025 như sau:",
        "Căn cứ Luật Bảo vệ môi trường năm 2020; thực hiện Kế hoạch số {k}/KH-UBND ngày 03/3/2025 của UBND tỉnh Ngọc Hà về bảo vệ môi trường khu vực nông thôn giai đoạn 2025 - 2030, {unit} báo cáo như sau:",
        "Theo yêu cầu báo cáo công tác bảo vệ môi trường hằng năm tại Thông tư số 02/2022/TT-BTNMT, {unit} tổng hợp kết quả năm 2025 như sau:",
    ],
    headings={
        "results": [
            "I. KẾT QUẢ CÔNG TÁC BẢO VỆ MÔI TRƯỜNG",
            "I. KẾT QUẢ ĐẠT ĐƯỢC TRONG NĂM 2025",
            "I. TÌNH HÌNH VÀ KẾT QUẢ BẢO VỆ MÔI TRƯỜNG NÔNG THÔN",
        ],
        "limitations": [
            "II. TỒN TẠI, HẠN CHẾ TRONG CÔNG TÁC BẢO VỆ MÔI TRƯỜNG",
            "II. NHỮNG KHÓ KHĂN, VƯỚNG MẮC CÒN TỒN TẠI",
            "II. NHỮNG TỒN TẠI, BẤT CẬP",
        ],
        "solutions": ["III. NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP NĂM 2026", "III. PHƯƠNG HƯỚNG NHIỆM VỤ VÀ KIẾN NGHỊ"],
    },
    subheads={
        "results": [
            "1. Việc ban hành văn bản, chỉ đạo thực hiện",
            "2. Quản lý chất thải rắn sinh hoạt",
            "3. Kiểm soát ô nhiễm, cải thiện cảnh quan",
        ],
        "limitations": ["1. Những mặt còn tồn tại", "2. Nguyên nhân chủ quan, khách quan"],
        "solutions": ["1. Giải pháp chủ yếu năm 2026", "2. Đề xuất với tỉnh"],
    },
    leads={
        "results": ["", "", "", "Trong năm 2025, ", "Cùng với đó, ", "Ngoài ra, ", "Đáng ghi nhận, "],
        "limitations": ["", "", "", "Tuy vậy, ", "Mặt khác, ", "Bên cạnh đó, "],
        "solutions": ["", "", "", "Năm 2026, ", "Thời gian tới, ", "Đồng thời, "],
    },
    title="Công tác bảo vệ môi trường năm 2025, nhiệm vụ và giải pháp năm 2026",
    date="ngày {d} tháng 12 năm 2025",
    closing="Trên đây là kết quả công tác bảo vệ môi trường năm 2025 của {unit}, kính gửi Sở Nông nghiệp và Môi trường tổng hợp.",
    recipients="Nơi nhận: UBND tỉnh Ngọc Hà (để báo cáo); Sở Nông nghiệp và Môi trường; Thường trực HĐND cùng cấp; Lưu: VT.",
    placeholder="(Kèm theo biểu tổng hợp số liệu về môi trường)",
    proper=(
        "Ủy ban",
        "Công an",
        "Hội Liên hiệp",
        "Đoàn Thanh niên",
        "Mặt trận",
        "Tết",
        "Sở",
        "Phòng",
        "Thôn Bến",
    ),
)


def main() -> None:
    write_reports(OUT, N_REPORTS, SEED, PROGRAMME)


if __name__ == "__main__":
    main()
